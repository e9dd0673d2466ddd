namespace CasualtyDashboard.Web.Services.Export;

/// <summary>The export formats by name (<c>csv</c>, <c>json</c>, <c>xlsx</c>).</summary>
public sealed class ExportWriters(IEnumerable<IExportWriter> writers)
{
    private readonly Dictionary<string, IExportWriter> _byFormat = writers.ToDictionary(w => w.Format, StringComparer.OrdinalIgnoreCase);

    public IReadOnlyCollection<string> Formats => _byFormat.Keys;

    public IExportWriter? Find(string format) => _byFormat.GetValueOrDefault(format);
}
