using CasualtyDashboard.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CasualtyDashboard.Data.Configurations;

internal sealed class ReferenceImportConfiguration : IEntityTypeConfiguration<ReferenceImport>
{
    public void Configure(EntityTypeBuilder<ReferenceImport> builder)
    {
        builder.ToTable("ReferenceImports");
        builder.Property(i => i.Dataset).HasMaxLength(20);
        builder.Property(i => i.SourceName).HasMaxLength(500);
        builder.Property(i => i.ContentHash).HasMaxLength(64);
        builder.Property(i => i.Channel).HasMaxLength(20);
        builder.HasIndex(i => i.Dataset).IsUnique();
    }
}
