using CasualtyDashboard.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CasualtyDashboard.Data.Configurations;

internal sealed class FeedItemConfiguration : IEntityTypeConfiguration<FeedItem>
{
    public void Configure(EntityTypeBuilder<FeedItem> builder)
    {
        builder.ToTable("FeedItems");
        builder.Property(i => i.ItemKey).HasMaxLength(2000);
        builder.Property(i => i.Url).HasMaxLength(2000);
        builder.Property(i => i.Title).HasMaxLength(1000);
        builder.Property(i => i.State).HasConversion<string>().HasMaxLength(20);
        builder.Property(i => i.ItemKeyHash).HasMaxLength(KeyHash.Length);
        builder.HasIndex(i => new { i.FeedId, i.ItemKeyHash }).IsUnique();
        builder.HasIndex(i => i.ArticleId);
        builder.HasOne(i => i.Feed).WithMany(f => f.Items).HasForeignKey(i => i.FeedId).OnDelete(DeleteBehavior.Cascade);
        // Deleting an article keeps the item (so its page is still not fetched again), without the link.
        builder.HasOne(i => i.Article).WithMany().HasForeignKey(i => i.ArticleId).OnDelete(DeleteBehavior.SetNull);
    }
}
