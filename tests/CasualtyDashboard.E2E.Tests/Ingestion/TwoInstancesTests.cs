using System.Diagnostics;
using CasualtyDashboard.Data;
using CasualtyDashboard.Data.Entities;
using CasualtyDashboard.Data.Providers;
using CasualtyDashboard.Data.Tests;
using CasualtyDashboard.Jobs.Jobs;
using CasualtyDashboard.Jobs.Scheduling;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Xunit.Abstractions;

namespace CasualtyDashboard.E2E.Tests.Ingestion;

/// <summary>
/// Two real app processes on one PostgreSQL database: started together (migrations and start-up work once), fed 10,000
/// articles each through the API, the one extracting killed with SIGKILL halfway: the other finishes the work, every
/// article is extracted once with exactly the extractor's figures, and no two runs of a job overlapped.
/// </summary>
public sealed class TwoInstancesTests(ITestOutputHelper output)
{
    private const int PerInstance = 10_000;

    [PostgresFact]
    public async Task TwoInstancesOnPostgres_TwentyThousandArticles_OneKilledMidExtraction_EachExtractedOnce()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        AppProcess? a = null, b = null;
        try
        {
            // Each instance names its sessions, so the test can see which one holds the extraction job's lock.
            var starting = new[] { "instance-a", "instance-b" }.Select(name => AppProcess.StartAsync(Settings(database.ConnectionString, name))).ToArray();
            var started = await Task.WhenAll(starting);
            (a, b) = (started[0], started[1]);

            var clock = Stopwatch.StartNew();
            await Task.WhenAll(Post(a, 0), Post(b, PerInstance));
            output.WriteLine($"20,000 articles posted through both in {clock.Elapsed.TotalSeconds:F1} s");

            var appDatabase = AppDatabase.Server(DatabaseProvider.PostgreSql, database.ConnectionString);
            var atKill = await appDatabase.WaitAsync(c => c.Extracted > 0, TimeSpan.FromSeconds(120), pollMilliseconds: 20);
            var holder = await ExtractionLockHolderAsync(database.ConnectionString, TimeSpan.FromSeconds(30));
            var (victim, survivor) = holder == "instance-a" ? (a, b) : (b, a);
            await victim.KillAsync();
            var afterKill = await appDatabase.CountsAsync();
            output.WriteLine($"killed {holder} (pid {victim.ProcessId}) with {atKill.Extracted} of {2 * PerInstance} extracted ({afterKill.Extracted} committed)");
            Assert.True(afterKill.Extracted < 2 * PerInstance, "the kill came too late: every article was extracted already");

            (int Articles, int Extracted, int Pending, int Figures) done;
            try
            {
                done = await appDatabase.WaitAsync(c => c.Pending == 0, TimeSpan.FromMinutes(4));
            }
            catch (TimeoutException)
            {
                output.WriteLine(await DiagnosticsAsync(database.ConnectionString));
                output.WriteLine(string.Join('\n', survivor.Output.Split('\n').TakeLast(60)));
                throw;
            }
            output.WriteLine($"all extracted {clock.Elapsed.TotalSeconds:F1} s after the first post");
            var demo = await DemoArticlesAsync(appDatabase);
            Assert.True(demo > 0, "the demo data was not loaded");
            Assert.Equal(2 * PerInstance + demo, done.Articles); // the demo loaded once, not once per instance
            Assert.Equal(done.Articles, done.Extracted);
            await RestartSafetyTests.AssertFiguresAreTheExtractorsAsync(appDatabase, 2 * PerInstance);

            await using var db = appDatabase.Open();
            var runs = await db.JobRuns.AsNoTracking().OrderBy(r => r.StartedAt).ToListAsync();
            // The killed instance's run was marked by the survivor's next run of the job, not left "running"; the runs of one
            // job, across both instances, never overlapped (a run still going is the last of its job).
            Assert.Contains(runs, r => r.JobName == ExtractArticlesJob.Name && r.State == JobRunState.Interrupted);
            foreach (var job in runs.GroupBy(r => r.JobName))
            {
                var ordered = job.ToList();
                for (var i = 1; i < ordered.Count; i++)
                    Assert.True(ordered[i - 1].EndedAt is { } end && end <= ordered[i].StartedAt,
                        $"two runs of {job.Key} overlapped: #{ordered[i - 1].Id} {ordered[i - 1].StartedAt:O}-{ordered[i - 1].EndedAt:O} and #{ordered[i].Id} from {ordered[i].StartedAt:O}");
            }
        }
        finally
        {
            if (a is not null) await a.DisposeAsync();
            if (b is not null) await b.DisposeAsync();
        }
    }

    /// <summary>Hangfire's lock rows and the last job runs, for a failure message.</summary>
    private static async Task<string> DiagnosticsAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var text = new System.Text.StringBuilder();
        foreach (var sql in new[]
        {
            "SELECT resource || ' ' || acquired::text FROM hangfire.lock",
            "SELECT \"JobName\" || ' ' || \"Trigger\" || ' ' || \"State\"::text || ' ' || \"StartedAt\"::text || ' ' || coalesce(\"EndedAt\"::text, '-') FROM \"JobRuns\" ORDER BY \"Id\" DESC LIMIT 15",
            "SELECT count(*)::text || ' pending claimed until ' || max(\"ClaimedUntil\")::text FROM \"Articles\" WHERE \"State\"::text IN ('0', 'Pending', 'pending')",
        })
        {
            try
            {
                await using var command = new NpgsqlCommand(sql, connection);
                await using var reader = await command.ExecuteReaderAsync();
                while (await reader.ReadAsync()) text.AppendLine(reader.IsDBNull(0) ? "null" : reader.GetString(0));
            }
            catch (PostgresException ex)
            {
                text.AppendLine($"{sql}: {ex.MessageText}");
            }
        }
        return text.ToString();
    }

    private static async Task<int> DemoArticlesAsync(AppDatabase database)
    {
        await using var db = database.Open();
        return await db.Articles.CountAsync(a => a.ExternalId == null || !a.ExternalId.StartsWith("syn-"));
    }

    private static Dictionary<string, string> Settings(string connectionString, string applicationName) => new()
    {
        ["Database:Provider"] = "PostgreSql",
        ["ConnectionStrings:Dashboard"] = new NpgsqlConnectionStringBuilder(connectionString) { ApplicationName = applicationName }.ConnectionString,
        ["Demo:Enabled"] = "true", // both load it at start: the start-up lock keeps them apart, the second finds it loaded
        ["Jobs:Enabled"] = "true",
        ["Jobs:Extract:BatchSize"] = "50",
        ["Jobs:Extract:Cron"] = "0/5 * * * * ?",
    };

    private static async Task Post(AppProcess app, int from)
    {
        using var api = new ArticleApi(app.BaseAddress);
        for (var chunk = 0; chunk < PerInstance; chunk += 2_000)
        {
            var report = await api.PostJsonLinesAsync(SyntheticArticles.JsonLines(2_000, from + chunk));
            Assert.Equal(2_000, report.GetProperty("stored").GetInt32());
        }
    }

    /// <summary>The application name of the session holding the extraction job's advisory lock (its key split in two).</summary>
    private static async Task<string> ExtractionLockHolderAsync(string connectionString, TimeSpan timeout)
    {
        var key = PostgreSqlProviderAdapter.AdvisoryKey(DatabaseJobRunGuard.ResourcePrefix + ExtractArticlesJob.Name);
        var deadline = DateTime.UtcNow + timeout;
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        while (true)
        {
            await using var command = new NpgsqlCommand("""
                SELECT a.application_name FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
                WHERE l.locktype = 'advisory' AND l.granted AND l.classid = @high AND l.objid = @low AND l.objsubid = 1
                """, connection);
            command.Parameters.AddWithValue("high", (long)(uint)(key >> 32));
            command.Parameters.AddWithValue("low", (long)(uint)key);
            if (await command.ExecuteScalarAsync() is string name) return name;
            if (DateTime.UtcNow > deadline) throw new TimeoutException("No instance held the extraction job's lock.");
            await Task.Delay(20);
        }
    }
}
