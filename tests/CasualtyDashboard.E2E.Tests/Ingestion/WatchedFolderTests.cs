using System.Text;
using CasualtyDashboard.Jobs.Jobs;
using Microsoft.EntityFrameworkCore;

namespace CasualtyDashboard.E2E.Tests.Ingestion;

public sealed class WatchedFolderTests
{
    [Fact]
    public async Task DroppedFiles_AreImportedAndMovedToDoneOrFailedWithAReason_AndIdleScansAreNotRecorded()
    {
        var folder = Directory.CreateTempSubdirectory("cd-watch-e2e-").FullName;
        var inbox = Path.Combine(folder, "inbox");
        Directory.CreateDirectory(inbox);
        await using var app = await AppProcess.StartAsync(new Dictionary<string, string>
        {
            ["Demo:Enabled"] = "false",
            ["Jobs:Enabled"] = "true",
            ["Import:WatchFolder"] = inbox,
            ["Import:WatchCron"] = "* * * * * ?",
            ["Import:SettleSeconds"] = "1",
        }, folder);
        var database = new AppDatabase(app.DatabasePath);

        // Written under a temporary name, then renamed, as a careful copier does; the half-written file is never read.
        File.WriteAllText(Path.Combine(inbox, "batch.jsonl.part"), SyntheticArticles.JsonLines(5), new UTF8Encoding(false));
        await Task.Delay(1500);
        Assert.Equal(0, (await database.CountsAsync()).Articles);
        File.Move(Path.Combine(inbox, "batch.jsonl.part"), Path.Combine(inbox, "batch.jsonl"));
        File.WriteAllBytes(Path.Combine(inbox, "legacy.txt"), [0xC7, 0xE1, 0xDE, 0xCA, 0xE1, 0x20, 0x35]);

        var done = Path.Combine(inbox, "done", "batch.jsonl");
        var reason = Path.Combine(inbox, "failed", "legacy.txt.reason.txt");
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!(File.Exists(done) && File.Exists(reason)) && DateTime.UtcNow < deadline) await Task.Delay(200);

        Assert.True(File.Exists(done), $"batch.jsonl was not moved to done/:\n{app.Output}");
        Assert.Contains("5 stored", File.ReadAllText(done + ".report.txt"));
        Assert.True(File.Exists(Path.Combine(inbox, "failed", "legacy.txt")), app.Output);
        Assert.Contains("not UTF-8", File.ReadAllText(reason));
        Assert.Equal(["done", "failed"], Directory.GetFileSystemEntries(inbox).Select(Path.GetFileName).Order());
        await using var db = database.Open();
        Assert.Equal(5, await db.Articles.CountAsync(a => a.Channel == "folder"));
        var runs = await db.JobRuns.CountAsync(r => r.JobName == ImportWatchedFolderJob.Name);
        Assert.InRange(runs, 1, 2); // a scan a second, but only the scans that found files are recorded
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }
}
