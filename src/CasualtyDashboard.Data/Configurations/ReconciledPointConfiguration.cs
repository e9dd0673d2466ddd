using CasualtyDashboard.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CasualtyDashboard.Data.Configurations;

internal sealed class ReconciledPointConfiguration : IEntityTypeConfiguration<ReconciledPoint>
{
    public void Configure(EntityTypeBuilder<ReconciledPoint> builder)
    {
        builder.ToTable("ReconciledPoints");
        builder.Property(p => p.Key).HasMaxLength(420);
        builder.Property(p => p.Rule).HasMaxLength(30);
        builder.HasIndex(p => p.Key).IsUnique();
        builder.HasIndex(p => new { p.SeriesId, p.Date });
        builder.HasOne(p => p.Series).WithMany(s => s.Points).HasForeignKey(p => p.SeriesId).OnDelete(DeleteBehavior.Cascade);
    }
}
