using CasualtyDashboard.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CasualtyDashboard.Data.Configurations;

internal sealed class ReconciledSeriesConfiguration : IEntityTypeConfiguration<ReconciledSeries>
{
    public void Configure(EntityTypeBuilder<ReconciledSeries> builder)
    {
        builder.ToTable("ReconciledSeries");
        builder.Property(s => s.Key).HasMaxLength(400);
        builder.Property(s => s.Region).HasMaxLength(60);
        builder.Property(s => s.Area).HasMaxLength(60);
        builder.Property(s => s.Category).HasMaxLength(20);
        builder.Property(s => s.Subgroup).HasMaxLength(20);
        builder.Property(s => s.Basis).HasMaxLength(20);
        builder.Property(s => s.SplitFromKey).HasMaxLength(400);
        builder.HasIndex(s => s.Key).IsUnique();
        builder.HasIndex(s => new { s.Region, s.Category });
    }
}
