using CasualtyDashboard.Data.Entities;
using CasualtyDashboard.Data.Review;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CasualtyDashboard.Data.Configurations;

internal sealed class AnnotationConfiguration : IEntityTypeConfiguration<Annotation>
{
    public void Configure(EntityTypeBuilder<Annotation> builder)
    {
        builder.ToTable("Annotations");
        builder.Property(a => a.PointKey).HasMaxLength(ReviewLimits.PointKey);
        builder.Property(a => a.Text).HasMaxLength(ReviewLimits.AnnotationText);
        builder.Property(a => a.Tags).HasMaxLength(ReviewLimits.TagsColumn);
        builder.Property(a => a.By).HasMaxLength(ReviewLimits.Analyst);
        builder.Property(a => a.UpdatedBy).HasMaxLength(ReviewLimits.Analyst);
        builder.HasIndex(a => a.FigureId);
        builder.HasIndex(a => a.PointKey);
        builder.HasOne(a => a.Figure).WithMany().HasForeignKey(a => a.FigureId).OnDelete(DeleteBehavior.Cascade);
    }
}
