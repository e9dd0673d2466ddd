using CasualtyDashboard.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CasualtyDashboard.Data.Configurations;

internal sealed class ReconciliationFlagConfiguration : IEntityTypeConfiguration<ReconciliationFlag>
{
    public void Configure(EntityTypeBuilder<ReconciliationFlag> builder)
    {
        builder.ToTable("ReconciliationFlags");
        builder.Property(f => f.Key).HasMaxLength(600);
        builder.Property(f => f.Type).HasMaxLength(30);
        builder.Property(f => f.State).HasMaxLength(20);
        builder.Property(f => f.PointKey).HasMaxLength(420);
        builder.Property(f => f.DecisionBy).HasMaxLength(100);
        builder.Property(f => f.KeyHash).HasMaxLength(KeyHash.Length);
        builder.HasIndex(f => f.KeyHash).IsUnique();
        builder.HasIndex(f => new { f.State, f.Type, f.Date });
        builder.HasIndex(f => f.SeriesId);
        builder.HasOne(f => f.Series).WithMany().HasForeignKey(f => f.SeriesId).OnDelete(DeleteBehavior.Cascade);
    }
}
