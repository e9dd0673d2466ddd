using CasualtyDashboard.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CasualtyDashboard.Data.Configurations;

internal sealed class AnalystDismissalConfiguration : IEntityTypeConfiguration<AnalystDismissal>
{
    public void Configure(EntityTypeBuilder<AnalystDismissal> builder)
    {
        builder.ToTable("AnalystDismissals");
        builder.Property(d => d.ConflictKey).HasMaxLength(600);
        builder.Property(d => d.By).HasMaxLength(100);
        builder.Property(d => d.ConflictKeyHash).HasMaxLength(KeyHash.Length);
        builder.HasIndex(d => d.ConflictKeyHash);
        builder.HasIndex(d => d.At);
    }
}
