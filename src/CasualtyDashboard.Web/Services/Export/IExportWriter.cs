namespace CasualtyDashboard.Web.Services.Export;

/// <summary>Writes rows to a stream as they come (no whole-dataset buffering), in one file format.</summary>
public interface IExportWriter
{
    /// <summary><c>csv</c>, <c>json</c> or <c>xlsx</c>.</summary>
    string Format { get; }

    string ContentType { get; }

    Task WriteAsync<TRow>(Stream output, ExportTable<TRow> table, IAsyncEnumerable<TRow> rows, ExportOptions options, CancellationToken ct = default);
}
