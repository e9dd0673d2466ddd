using CasualtyDashboard.Data.Entities;
using CasualtyDashboard.Data.Review;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CasualtyDashboard.Data.Configurations;

internal sealed class FigureReviewConfiguration : IEntityTypeConfiguration<FigureReview>
{
    public void Configure(EntityTypeBuilder<FigureReview> builder)
    {
        builder.ToTable("FigureReviews");
        builder.Property(r => r.Decision).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Reason).HasMaxLength(ReviewLimits.Reason);
        builder.Property(r => r.By).HasMaxLength(ReviewLimits.Analyst);
        builder.HasIndex(r => r.FigureId);
        builder.HasOne(r => r.Figure).WithMany().HasForeignKey(r => r.FigureId).OnDelete(DeleteBehavior.Cascade);
    }
}
