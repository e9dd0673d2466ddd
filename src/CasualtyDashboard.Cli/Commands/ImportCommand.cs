using System.Globalization;
using CasualtyDashboard.Data;
using CasualtyDashboard.Data.Providers;
using CasualtyDashboard.Jobs;
using CasualtyDashboard.Jobs.Ingestion;
using CasualtyDashboard.Jobs.Options;
using CasualtyDashboard.Jobs.Scheduling;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace CasualtyDashboard.Cli.Commands;

/// <summary>
/// <c>casualty import FILE [--db PATH | --connection STRING] [--published DATE] [--outlet NAME] [--title TEXT] [--quiet]</c>:
/// stores the articles of a <c>.jsonl</c>, <c>.json</c>, <c>.csv</c> or <c>.txt</c> file in the dashboard's database through
/// the same reader and ingestion as the Import page, prints what became of each line and the totals. Without
/// <c>--db</c>/<c>--connection</c>, the database is the app's: <c>ConnectionStrings__Dashboard</c> when set, else
/// <c>data/casualty.db</c> under the current folder, as the app resolves it under its content root. A running app
/// extracts the new articles at its next scheduled extract run. Exit code 0: every line stored or a duplicate;
/// 1: some line or the file rejected; 2: a bad call.
/// </summary>
public sealed class ImportCommand : ICommand
{
    public const string Channel = "cli";

    public string Name => "import";

    public string Usage => "import FILE [--db PATH | --connection STRING] [--published YYYY-MM-DD] [--outlet NAME] [--title TEXT] [--quiet]   store articles in the dashboard's database";

    public int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        string? file = null, db = null, connection = null, outlet = null, title = null, published = null;
        var quiet = false;
        for (var i = 0; i < args.Count; i++)
        {
            var value = i + 1 < args.Count ? args[i + 1] : null;
            switch (args[i])
            {
                case "--db" when value is not null: db = value; i++; break;
                case "--connection" when value is not null: connection = value; i++; break;
                case "--outlet" when value is not null: outlet = value; i++; break;
                case "--title" when value is not null: title = value; i++; break;
                case "--published" when value is not null: published = value; i++; break;
                case "--quiet": quiet = true; break;
                default:
                    if (file is null && !args[i].StartsWith('-'))
                    {
                        file = args[i];
                        break;
                    }
                    error.WriteLine($"import: unexpected argument '{args[i]}'");
                    return BadCall(error);
            }
        }
        if (file is null || (db is not null && connection is not null)) return BadCall(error);
        if (!File.Exists(file))
        {
            error.WriteLine($"import: no such file: {file}");
            return 2;
        }
        DateOnly? date;
        try
        {
            date = ArticleJsonReader.ParseDate(published);
        }
        catch (FormatException ex)
        {
            error.WriteLine($"import: --published: {ex.Message}");
            return 2;
        }

        var connectionString = ProviderAdapters.Of(DatabaseProvider.Sqlite).PrepareConnectionString(
            connection ?? (db is not null ? new SqliteConnectionStringBuilder { DataSource = db }.ToString() : DefaultConnectionString()),
            Directory.GetCurrentDirectory());
        try
        {
            var report = ImportAsync(file, connectionString, new TextArticleDetails(date, outlet, title), output).GetAwaiter().GetResult();
            Print(file, report, quiet, output);
            return report.Clean ? 0 : 1;
        }
        catch (Exception ex) when (ex is SqliteException or DbUpdateException or InvalidOperationException or IOException)
        {
            error.WriteLine($"import: the database could not be used: {ex.GetBaseException().Message}");
            return 1;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
        }
    }

    /// <summary>The app's own default: its <c>ConnectionStrings:Dashboard</c> setting as an environment variable, else <c>data/casualty.db</c>.</summary>
    public static string DefaultConnectionString() =>
        Environment.GetEnvironmentVariable("ConnectionStrings__Dashboard") is { Length: > 0 } configured ? configured : DataOptions.DefaultConnectionString;

    /// <summary>The audit log names a CLI import <c>cli:USER</c>, the operating-system user who ran it (the CLI has no sign-in).</summary>
    private static Data.Audit.AuditTrail CliAuditTrail() =>
        new(Data.Analysts.CurrentAnalyst.Named("cli:" + Environment.UserName), TimeProvider.System);

    private static async Task<ImportReport> ImportAsync(string file, string connectionString, TextArticleDetails details, TextWriter output)
    {
        var options = Data.DependencyInjection.ConfigureSqlite(new DbContextOptionsBuilder<DashboardDbContext>(), connectionString);
        var factory = new PooledDbContextFactory<DashboardDbContext>((DbContextOptions<DashboardDbContext>)options.Options);
        await using (var db = await factory.CreateDbContextAsync())
        {
            output.WriteLine($"database: {db.Database.GetDbConnection().DataSource}");
            // The same migrations the app applies at start, so a new file or an older one is ready too.
            await DatabaseUpgrade.MigrateAsync(db, CancellationToken.None);
        }
        var importOptions = Microsoft.Extensions.Options.Options.Create(new ImportOptions());
        var ingestor = new ArticleIngestor(factory, new JobLauncher([]), new DashboardUpdates(), CliAuditTrail(), TimeProvider.System);
        var parsed = await new ArticleFileReader(importOptions).ReadFileAsync(file, details, CancellationToken.None);
        return await new ArticleImporter(ingestor, importOptions).ImportAsync(parsed, Channel, null, CancellationToken.None);
    }

    private static void Print(string file, ImportReport report, bool quiet, TextWriter output)
    {
        foreach (var item in report.Items)
        {
            if (quiet && item.Status == IngestStatus.Stored) continue;
            var where = item.Line == 0 ? file : string.Create(CultureInfo.InvariantCulture, $"{file}:{item.Line}");
            output.WriteLine(item.Status switch
            {
                IngestStatus.Stored => $"{where}: stored as article {item.ArticleId}",
                IngestStatus.Duplicate => $"{where}: duplicate{(item.ArticleId is { } id ? $" of article {id}" : "")}: {Reason(item)}",
                _ => $"{where}: rejected: {Reason(item)}",
            });
        }
        output.WriteLine($"{report.Summary} ({report.Items.Count} lines read)");
    }

    /// <summary>Why a line was not stored, in English (the wordings of the pages' table, decision 053).</summary>
    private static string Reason(IngestItemResult item) => item.Error is { } error ? MessageEnglish.Text(error) : "";

    private int BadCall(TextWriter error)
    {
        error.WriteLine("usage: casualty " + Usage);
        return 2;
    }
}
