using CasualtyDashboard.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CasualtyDashboard.Data.Configurations;

internal sealed class ArticleConfiguration : IEntityTypeConfiguration<Article>
{
    public void Configure(EntityTypeBuilder<Article> builder)
    {
        builder.Property(a => a.ExternalId).HasMaxLength(200);
        builder.Property(a => a.Title).HasMaxLength(1000);
        builder.Property(a => a.Url).HasMaxLength(2000);
        builder.Property(a => a.ContentHash).HasMaxLength(64);
        builder.Property(a => a.Channel).HasMaxLength(20);
        builder.Property(a => a.State).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.ExtractorVersion).HasMaxLength(40);
        builder.HasIndex(a => a.ContentHash).IsUnique();
        builder.Property(a => a.UrlHash).HasMaxLength(KeyHash.Length);
        builder.HasIndex(a => a.UrlHash);
        builder.HasIndex(a => new { a.State, a.NextAttemptAt });
        builder.HasIndex(a => a.Published);
        builder.Property(a => a.ClaimToken).IsConcurrencyToken();
        builder.HasOne(a => a.Outlet).WithMany(o => o.Articles).HasForeignKey(a => a.OutletId).OnDelete(DeleteBehavior.SetNull);
    }
}
