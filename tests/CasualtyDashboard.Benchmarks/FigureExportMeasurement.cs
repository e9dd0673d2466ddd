using System.Diagnostics;
using System.Globalization;
using System.Text;
using CasualtyDashboard.Data;
using CasualtyDashboard.Data.Entities;
using CasualtyDashboard.Data.Queries;
using CasualtyDashboard.Web.Services.Export;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CasualtyDashboard.Benchmarks;

/// <summary>
/// <c>-- export-db PATH</c>: the figures CSV export on an app database (e.g. one the load mode kept with
/// <c>CASUALTY_LOAD_KEEP=1</c>; a missing or smaller file is first migrated and filled with the 1,000,000 figures of
/// <see cref="FigureGridBenchmarks"/>): how many figures and conflict flags it holds, then the whole export streamed to a
/// counting sink with the real conflict-flag column and without it, so the flags' share of the time shows.
/// <c>-- export-db postgres:NAME PATH</c>: the same on the PostgreSQL server of <c>CASUALTY_TEST_POSTGRES</c>, in the
/// database NAME, created, migrated and filled with a copy of the SQLite file PATH's figures when it has none.
/// </summary>
public static class FigureExportMeasurement
{
    public static async Task<int> RunAsync(string target, string? sqliteSource)
    {
        IDbContextFactory<DashboardDbContext> factory;
        if (target.StartsWith("postgres:", StringComparison.Ordinal))
        {
            var source = sqliteSource ?? Path.Combine(Path.GetTempPath(), "cd-grid-1m.db");
            await EnsureSqliteAsync(source);
            factory = await EnsurePostgresAsync(target["postgres:".Length..], source);
        }
        else factory = await EnsureSqliteAsync(target);

        await using (var db = await factory.CreateDbContextAsync())
        {
            var flags = await db.Set<ReconciliationFlag>().CountAsync();
            var claims = (await db.Set<ReconciliationFlag>().Select(f => f.ClaimIds).ToListAsync()).Sum(c => c.Count);
            Console.WriteLine($"{target}: {await db.Figures.CountAsync():N0} figures, {flags:N0} conflict flags naming {claims:N0} claims; {IngestThroughput.LoadAverage()}");
        }
        for (var round = 0; round < 2; round++)
        {
            foreach (var (label, source) in new (string, IFigureFlagSource)[] { ("with conflict flags", new ReconciliationFigureFlags(factory)), ("without the flag column's query", new NoFigureFlags()) })
            {
                var export = new FigureExportQuery(factory, source);
                await StreamedExportMeasurement.RunAsync($"figures CSV {label}", 36, export.StreamAsync(FigureFilter.None),
                    (sink, rows) => new CsvExportWriter().WriteAsync(sink, FigureExportColumns.Table, rows, new ExportOptions(Hxl: true)));
            }
            Console.WriteLine($"  {IngestThroughput.LoadAverage()}");
        }
        var reading = Stopwatch.StartNew();
        var count = 0;
        await foreach (var _ in new FigureExportQuery(factory, new ReconciliationFigureFlags(factory)).StreamAsync(FigureFilter.None)) count++;
        Console.WriteLine($"  the rows read alone (no CSV written): {count:N0} in {reading.Elapsed.TotalSeconds:F2} s ({count / reading.Elapsed.TotalSeconds:N0} rows/s)");
        Console.WriteLine(IngestThroughput.LoadAverage());
        if (factory is IDisposable disposable) disposable.Dispose();
        return 0;
    }

    private static async Task<IDbContextFactory<DashboardDbContext>> EnsureSqliteAsync(string path)
    {
        var connectionString = $"Data Source={path};Pooling=True";
        var factory = new ReconcileJobMeasurement.Factory(connectionString);
        var build = Stopwatch.StartNew();
        if (await FigureGridBenchmarks.EnsureDatabaseAsync(factory, connectionString))
            Console.WriteLine($"Built {path} with {FigureGridBenchmarks.Figures:N0} figures in {build.Elapsed.TotalSeconds:0} s");
        return factory;
    }

    /// <summary>Tables copied from the SQLite file, parents first; each keeps its ids (identity sequences moved past them).</summary>
    private static readonly string[] CopiedTables = ["Outlets", "Articles", "Figures", "FigureReviews", "FigureCorrections", "FigureStatuses", "Annotations"];

    private static async Task<IDbContextFactory<DashboardDbContext>> EnsurePostgresAsync(string name, string sqlitePath)
    {
        var server = Environment.GetEnvironmentVariable("CASUALTY_TEST_POSTGRES")
            ?? throw new InvalidOperationException("CASUALTY_TEST_POSTGRES is not set: eval \"$(bash tools/postgres-test-cluster.sh | tail -1)\"");
        await using (var admin = new NpgsqlConnection(server))
        {
            await admin.OpenAsync();
            await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = $1", admin) { Parameters = { new() { Value = name } } };
            if (await exists.ExecuteScalarAsync() is null)
            {
                await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", admin);
                await create.ExecuteNonQueryAsync();
            }
        }
        var connectionString = new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
        var factory = new PostgresFactory(connectionString);
        await using (var db = factory.CreateDbContext())
        {
            await db.Database.MigrateAsync();
            if (await db.Figures.AnyAsync()) return factory;
        }
        var copying = Stopwatch.StartNew();
        await using var sqlite = new SqliteConnection($"Data Source={sqlitePath};Mode=ReadOnly");
        await sqlite.OpenAsync();
        await using var pg = new NpgsqlConnection(connectionString);
        await pg.OpenAsync();
        foreach (var table in CopiedTables)
        {
            var rows = await CopyTableAsync(sqlite, pg, table);
            Console.WriteLine($"  copied {rows:N0} rows of {table} to PostgreSQL ({copying.Elapsed.TotalSeconds:0} s)");
        }
        await using (var analyze = new NpgsqlCommand("ANALYZE", pg)) await analyze.ExecuteNonQueryAsync();
        return factory;
    }

    /// <summary>Copies one table through <c>COPY ... FROM STDIN (FORMAT csv)</c>, the columns both sides have, and moves its id sequence past the copied ids.</summary>
    private static async Task<long> CopyTableAsync(SqliteConnection sqlite, NpgsqlConnection pg, string table)
    {
        var pgColumns = new HashSet<string>();
        await using (var columns = new NpgsqlCommand("SELECT column_name FROM information_schema.columns WHERE table_name = $1", pg) { Parameters = { new() { Value = table } } })
        await using (var reader = await columns.ExecuteReaderAsync())
            while (await reader.ReadAsync()) pgColumns.Add(reader.GetString(0));
        await using var select = sqlite.CreateCommand();
        select.CommandText = $"SELECT * FROM \"{table}\"";
        await using var rows = await select.ExecuteReaderAsync();
        var ordinals = Enumerable.Range(0, rows.FieldCount).Where(i => pgColumns.Contains(rows.GetName(i))).ToArray();
        var list = string.Join(", ", ordinals.Select(i => $"\"{rows.GetName(i)}\""));
        long count = 0;
        await using (var copy = await pg.BeginTextImportAsync($"COPY \"{table}\" ({list}) FROM STDIN (FORMAT csv)"))
        {
            var line = new StringBuilder();
            while (await rows.ReadAsync())
            {
                line.Clear();
                foreach (var i in ordinals)
                {
                    if (i != ordinals[0]) line.Append(',');
                    if (rows.IsDBNull(i)) continue;
                    var text = Convert.ToString(rows.GetValue(i), CultureInfo.InvariantCulture) ?? "";
                    line.Append('"').Append(text.Replace("\"", "\"\"")).Append('"');
                }
                await copy.WriteLineAsync(line.ToString());
                count++;
            }
        }
        if (pgColumns.Contains("Id") && count > 0)
        {
            await using var sequence = new NpgsqlCommand($"SELECT setval(pg_get_serial_sequence('\"{table}\"', 'Id'), (SELECT max(\"Id\") FROM \"{table}\"))", pg);
            await sequence.ExecuteScalarAsync();
        }
        return count;
    }

    private sealed class PostgresFactory(string connectionString) : IDbContextFactory<DashboardDbContext>, IDisposable
    {
        private readonly DbContextOptions<DashboardDbContext> _options = DatabaseProviders.OptionsFor(DatabaseProvider.PostgreSql, connectionString);

        public DashboardDbContext CreateDbContext() => new(_options);

        public void Dispose() => NpgsqlConnection.ClearAllPools();
    }
}
