using CasualtyDashboard.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CasualtyDashboard.Data.Configurations;

internal sealed class AnalystResolutionConfiguration : IEntityTypeConfiguration<AnalystResolution>
{
    public void Configure(EntityTypeBuilder<AnalystResolution> builder)
    {
        builder.ToTable("AnalystResolutions");
        builder.Property(r => r.PointKey).HasMaxLength(420);
        builder.Property(r => r.ConflictKey).HasMaxLength(600);
        builder.Property(r => r.By).HasMaxLength(100);
        builder.Property(r => r.ConflictKeyHash).HasMaxLength(KeyHash.Length);
        builder.HasIndex(r => r.ConflictKeyHash);
        builder.HasIndex(r => r.At);
    }
}
