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
    /// <summary>The value sort's index, which also holds the filter columns (named: SQLite's query names it).</summary>
    public const string ValueIndex = "IX_Figures_Value_Filters";

    public void Configure(EntityTypeBuilder<Figure> builder)
    {
        builder.HasIndex(f => f.ReportedOn);
        // The value order holds every code the grid filters on and the date (decision 081): a page by position in the
        // middle of a filtered sort by value is an index-only walk of this order, with no row read and no snapshot.
        builder.HasIndex(f => new { f.Value, f.Id, f.Category, f.Subgroup, f.Region, f.Authority, f.ReportedOn }).HasDatabaseName(ValueIndex);
        builder.HasIndex(f => new { f.Category, f.ReportedOn });
        builder.HasIndex(f => new { f.Subgroup, f.ReportedOn });
        builder.HasIndex(f => new { f.Region, f.ReportedOn });
        builder.HasIndex(f => new { f.Authority, f.ReportedOn });
    }
}
