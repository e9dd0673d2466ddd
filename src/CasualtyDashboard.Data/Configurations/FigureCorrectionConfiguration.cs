using CasualtyDashboard.Data.Entities;
using CasualtyDashboard.Data.Review;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CasualtyDashboard.Data.Configurations;

internal sealed class FigureCorrectionConfiguration : IEntityTypeConfiguration<FigureCorrection>
{
    public void Configure(EntityTypeBuilder<FigureCorrection> builder)
    {
        builder.ToTable("FigureCorrections");
        builder.Property(c => c.Qualifier).HasConversion(SchemaCodeConverters.Qualifier).HasMaxLength(20);
        builder.Property(c => c.Category).HasConversion(SchemaCodeConverters.Category).HasMaxLength(20);
        builder.Property(c => c.Subgroup).HasConversion(SchemaCodeConverters.Subgroup).HasMaxLength(20);
        builder.Property(c => c.Basis).HasConversion(SchemaCodeConverters.Basis).HasMaxLength(20);
        builder.Property(c => c.Region).HasMaxLength(60);
        builder.Property(c => c.Area).HasMaxLength(60);
        builder.Property(c => c.Authority).HasMaxLength(100);
        builder.Property(c => c.Note).HasMaxLength(ReviewLimits.Note);
        builder.Property(c => c.By).HasMaxLength(ReviewLimits.Analyst);
        builder.HasIndex(c => c.FigureId);
        builder.HasOne(c => c.Figure).WithMany().HasForeignKey(c => c.FigureId).OnDelete(DeleteBehavior.Cascade);
    }
}
