using System.Diagnostics;
using CasualtyDashboard.Data.Entities;
using CasualtyDashboard.Data.Queries;
using CasualtyDashboard.Web.Services.Export;
using Microsoft.EntityFrameworkCore;

namespace CasualtyDashboard.Benchmarks;

/// <summary>
/// <c>-- export-db PATH</c>: the figures CSV export on an existing app database (e.g. one the load mode kept with
/// <c>CASUALTY_LOAD_KEEP=1</c>): how many figures and conflict flags it holds, then the whole export streamed to a
/// counting sink with the real conflict-flag column and without it, so the flags' share of the time shows.
/// </summary>
public static class FigureExportMeasurement
{
    public static async Task<int> RunAsync(string path)
    {
        var factory = new ReconcileJobMeasurement.Factory($"Data Source={path};Pooling=True");
        await using (var db = factory.CreateDbContext())
        {
            var flags = await db.Set<ReconciliationFlag>().CountAsync();
            var claims = (await db.Set<ReconciliationFlag>().Select(f => f.ClaimIds).ToListAsync()).Sum(c => c.Count);
            Console.WriteLine($"{path}: {await db.Figures.CountAsync():N0} figures, {flags:N0} conflict flags naming {claims:N0} claims; {IngestThroughput.LoadAverage()}");
        }
        for (var round = 0; round < 2; round++)
        {
            foreach (var (label, source) in new (string, IFigureFlagSource)[] { ("with conflict flags", new ReconciliationFigureFlags(factory)), ("without the flag column's query", new NoFigureFlags()) })
            {
                var export = new FigureExportQuery(factory, source);
                await StreamedExportMeasurement.RunAsync($"figures CSV {label}", 36, export.StreamAsync(FigureFilter.None),
                    (sink, rows) => new CsvExportWriter().WriteAsync(sink, FigureExportColumns.Table, rows, new ExportOptions(Hxl: true)));
            }
        }
        var reading = Stopwatch.StartNew();
        var count = 0;
        await foreach (var _ in new FigureExportQuery(factory, new ReconciliationFigureFlags(factory)).StreamAsync(FigureFilter.None)) count++;
        Console.WriteLine($"  the rows read alone (no CSV written): {count:N0} in {reading.Elapsed.TotalSeconds:F2} s ({count / reading.Elapsed.TotalSeconds:N0} rows/s)");
        Console.WriteLine(IngestThroughput.LoadAverage());
        return 0;
    }
}
