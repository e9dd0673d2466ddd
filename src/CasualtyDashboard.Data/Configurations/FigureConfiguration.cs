using CasualtyDashboard.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CasualtyDashboard.Data.Configurations;

internal sealed class FigureConfiguration : IEntityTypeConfiguration<Figure>
{
    public void Configure(EntityTypeBuilder<Figure> builder)
    {
        builder.Property(f => f.Qualifier).HasConversion(SchemaCodeConverters.Qualifier).HasMaxLength(20);
        builder.Property(f => f.Category).HasConversion(SchemaCodeConverters.Category).HasMaxLength(20);
        builder.Property(f => f.Subgroup).HasConversion(SchemaCodeConverters.Subgroup).HasMaxLength(20);
        builder.Property(f => f.Basis).HasConversion(SchemaCodeConverters.Basis).HasMaxLength(20);
        builder.Property(f => f.Region).HasMaxLength(60);
        builder.Property(f => f.Area).HasMaxLength(60);
        builder.Property(f => f.Authority).HasMaxLength(100);
        builder.Property(f => f.Rule).HasMaxLength(100);
        builder.Property(f => f.ExtractorVersion).HasMaxLength(40);
        builder.HasIndex(f => f.ArticleId);
        // No (Category, Region, ReportedOn) index: the grid's (Category, ReportedOn) and (Region, ReportedOn) serve the
        // queries that used it, and every index is paid for on each figure written (decision 051).
        builder.HasOne(f => f.Article).WithMany(a => a.Figures).HasForeignKey(f => f.ArticleId).OnDelete(DeleteBehavior.Cascade);
    }
}
