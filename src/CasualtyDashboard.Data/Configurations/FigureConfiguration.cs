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
        // Not redundant beside the grid's (Category, ReportedOn) and (Region, ReportedOn): it counts the grid's usual
        // two-column filter (killed in Gaza) from the index alone; without it each match is a row read (decision 051).
        builder.HasIndex(f => new { f.Category, f.Region, f.ReportedOn });
        builder.HasOne(f => f.Article).WithMany(a => a.Figures).HasForeignKey(f => f.ArticleId).OnDelete(DeleteBehavior.Cascade);
    }
}
