namespace CasualtyDashboard.Web.Services.Export;

/// <summary>A dataset's column set: what the writers need besides the rows. Any row type can be exported with its own table.</summary>
public sealed record ExportTable<TRow>(string Name, string Description, IReadOnlyList<ExportColumn<TRow>> Columns)
{
    public IReadOnlyList<ExportDictionaryEntry> Dictionary =>
        Columns.Select(c => new ExportDictionaryEntry(c.Name, ExportCells.TypeName(c.Type), c.Hxl, c.Description)).ToList();
}
