using CasualtyDashboard.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CasualtyDashboard.Data.Configurations;

/// <summary>
/// The Figures grid's indexes, kept apart from <see cref="FigureConfiguration"/> (EF applies both). Each sortable column
/// has an index whose order is the grid's order for it (column, then reporting date, then id), so a page of a million
/// rows is read from the index instead of sorted; each also serves "filter by the column, newest first".
/// </summary>
internal sealed class FigureGridIndexConfiguration : IEntityTypeConfiguration<Figure>
{
    public void Configure(EntityTypeBuilder<Figure> builder)
    {
        builder.HasIndex(f => f.ReportedOn);
        builder.HasIndex(f => f.Value);
        builder.HasIndex(f => new { f.Category, f.ReportedOn });
        builder.HasIndex(f => new { f.Subgroup, f.ReportedOn });
        builder.HasIndex(f => new { f.Region, f.ReportedOn });
        builder.HasIndex(f => new { f.Authority, f.ReportedOn });
    }
}
