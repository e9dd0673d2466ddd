using CasualtyDashboard.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CasualtyDashboard.Data.Configurations;

internal sealed class FeedConfiguration : IEntityTypeConfiguration<Feed>
{
    public void Configure(EntityTypeBuilder<Feed> builder)
    {
        // No DbSet on the shared context: the table name is set here.
        builder.ToTable("Feeds");
        builder.Property(f => f.Url).HasMaxLength(2000);
        builder.Property(f => f.OutletName).HasMaxLength(200);
        builder.Property(f => f.Source).HasConversion<string>().HasMaxLength(20);
        builder.Property(f => f.ETag).HasMaxLength(500);
        builder.Property(f => f.LastModified).HasMaxLength(100);
        builder.Property(f => f.UrlHash).HasMaxLength(KeyHash.Length);
        builder.HasIndex(f => f.UrlHash).IsUnique();
    }
}
