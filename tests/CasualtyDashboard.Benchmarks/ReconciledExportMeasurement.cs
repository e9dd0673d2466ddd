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

    private static async Task MeasureAsync(string label, IExportWriter writer, ReconciledExportQuery query, ReconciledPointFilter filter)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        var heapBefore = GC.GetTotalMemory(true);
        var workingSetBefore = process.WorkingSet64;
        long peakHeap = heapBefore, peakWorkingSet = workingSetBefore;
        using var stop = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                peakHeap = Math.Max(peakHeap, GC.GetTotalMemory(false));
                process.Refresh();
                peakWorkingSet = Math.Max(peakWorkingSet, process.WorkingSet64);
                try { await Task.Delay(20, stop.Token); } catch (OperationCanceledException) { }
            }
        });
        var sink = new CountingStream();
        var rows = 0;
        async IAsyncEnumerable<ReconciledExportRow> Counted()
        {
            await foreach (var row in query.StreamAsync(filter))
            {
                rows++;
                yield return row;
            }
        }

        var clock = Stopwatch.StartNew();
        await writer.WriteAsync(sink, ReconciledExportColumns.Table, Counted(), new ExportOptions(Hxl: true));
        clock.Stop();
        await stop.CancelAsync();
        await sampler;
        Console.WriteLine($"  {label,-36} {rows,9:N0} rows, {sink.Length / 1048576.0,6:N1} MiB in {clock.Elapsed.TotalSeconds,5:0.00} s "
            + $"({rows / clock.Elapsed.TotalSeconds:N0} rows/s); managed heap peak +{(peakHeap - heapBefore) / 1048576.0:N1} MiB, "
            + $"working set peak +{(peakWorkingSet - workingSetBefore) / 1048576.0:N1} MiB");
    }

    private sealed class CountingStream : Stream
    {
        private long _length;

        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => _length;
        public override long Position { get => _length; set => throw new NotSupportedException(); }

        public override void Write(byte[] buffer, int offset, int count) => _length += count;
        public override void Write(ReadOnlySpan<byte> buffer) => _length += buffer.Length;

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            _length += buffer.Length;
            return ValueTask.CompletedTask;
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        {
            _length += count;
            return Task.CompletedTask;
        }

        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
