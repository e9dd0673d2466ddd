using CasualtyDashboard.Data.Audit;
using CasualtyDashboard.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CasualtyDashboard.Data.Configurations;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("AuditEntries");
        builder.Property(e => e.Actor).HasMaxLength(AuditTrail.MaxActor);
        builder.Property(e => e.Action).HasMaxLength(AuditTrail.MaxAction);
        builder.Property(e => e.EntityType).HasMaxLength(AuditTrail.MaxEntityType);
        builder.Property(e => e.EntityKey).HasMaxLength(AuditTrail.MaxEntityKey);
        // The page and the export filter by time, actor, action and entity type, newest first.
        builder.HasIndex(e => e.At);
        builder.HasIndex(e => new { e.Actor, e.At });
        builder.HasIndex(e => new { e.Action, e.At });
        builder.HasIndex(e => new { e.EntityType, e.At });
    }
}
