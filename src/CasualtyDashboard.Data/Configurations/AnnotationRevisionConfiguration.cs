using CasualtyDashboard.Data.Entities;
using CasualtyDashboard.Data.Review;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CasualtyDashboard.Data.Configurations;

internal sealed class AnnotationRevisionConfiguration : IEntityTypeConfiguration<AnnotationRevision>
{
    public void Configure(EntityTypeBuilder<AnnotationRevision> builder)
    {
        builder.ToTable("AnnotationRevisions");
        builder.Property(r => r.Action).HasMaxLength(20);
        builder.Property(r => r.Text).HasMaxLength(ReviewLimits.AnnotationText);
        builder.Property(r => r.Tags).HasMaxLength(ReviewLimits.TagsColumn);
        builder.Property(r => r.By).HasMaxLength(ReviewLimits.Analyst);
        builder.HasIndex(r => r.AnnotationId);
        builder.HasOne(r => r.Annotation).WithMany().HasForeignKey(r => r.AnnotationId).OnDelete(DeleteBehavior.Cascade);
    }
}
