using System.Diagnostics;
using CasualtyDashboard.Data;
using CasualtyDashboard.Data.Entities;
using CasualtyDashboard.Data.Queries;
using CasualtyDashboard.Extraction.Model;
using CasualtyDashboard.Extraction.Schema;
using CasualtyDashboard.Jobs;
using CasualtyDashboard.Jobs.Reconciliation;
using CasualtyDashboard.Web.Services.Export;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using MsOptions = Microsoft.Extensions.Options.Options;

namespace CasualtyDashboard.Benchmarks;

/// <summary>
/// `-- reconciled-export [claims]`: the reconciled dataset export on a real SQLite file. Seeds that many synthetic figures
/// (the shapes of <see cref="ReconciliationBenchmarks.SyntheticClaims"/>, default 200,000), stores the output of the real
/// reconcile service, then streams the export in each format, and one filtered CSV, to a counting sink, printing rows,
/// size, time and the memory peaks (printed, not asserted: flat memory is what streaming promises).
/// </summary>
public static class ReconciledExportMeasurement
{
    public static async Task<int> RunAsync(int count)
    {
        var folder = Directory.CreateTempSubdirectory("cd-reconciled-export-").FullName;
        var path = Path.Combine(folder, "casualty.db");
        var database = new ReconcileJobMeasurement.Factory($"Data Source={path};Pooling=True");
        try
        {
            var seeding = Stopwatch.StartNew();
            await ReconcileJobMeasurement.SeedAsync(database, count, provenance: true);
            using (var service = new ReconciliationService(database, MsOptions.Create(new ReconciliationSettings()), new DashboardUpdates(), TimeProvider.System,
                       NullLogger<ReconciliationService>.Instance))
                Console.WriteLine($"Seeded {count:N0} figures and reconciled them in {seeding.Elapsed.TotalSeconds:0.0} s: {await service.RunAsync(null, CancellationToken.None)}");
            Console.WriteLine($"File size {new FileInfo(path).Length / 1048576.0:N0} MiB (plus WAL)");

            var query = new ReconciledExportQuery(database, new AnnotationQueries(database));
            // A first, unreported pass: JIT, the page cache, and a garbage collector still sized for the reconcile run's
            // allocations would otherwise all be charged to the first measurement.
            await foreach (var _ in query.StreamAsync(new ReconciledPointFilter { From = new DateOnly(2023, 11, 1), To = new DateOnly(2023, 11, 30) })) { }
            Console.WriteLine();
            Console.WriteLine($"Reconciled export (chunks of {ReconciledExportQuery.ChunkSize} points, streamed to a counting sink):");
            foreach (var (label, writer, filter) in new (string, IExportWriter, ReconciledPointFilter)[]
            {
                ("CSV, every point", new CsvExportWriter(), ReconciledPointFilter.None),
                ("JSON, every point", new JsonExportWriter(), ReconciledPointFilter.None),
                ("XLSX, every point", new XlsxExportWriter(), ReconciledPointFilter.None),
                ("CSV, region=gaza category=killed", new CsvExportWriter(), new ReconciledPointFilter { Region = "gaza", Category = "killed" }),
                ("CSV, 30 days", new CsvExportWriter(), new ReconciledPointFilter { From = new DateOnly(2023, 11, 1), To = new DateOnly(2023, 11, 30) }),
            })
                await MeasureAsync(label, writer, query, filter);
            return 0;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static Task MeasureAsync(string label, IExportWriter writer, ReconciledExportQuery query, ReconciledPointFilter filter) =>
        StreamedExportMeasurement.RunAsync(label, 36, query.StreamAsync(filter),
            (sink, rows) => writer.WriteAsync(sink, ReconciledExportColumns.Table, rows, new ExportOptions(Hxl: true)));
}
