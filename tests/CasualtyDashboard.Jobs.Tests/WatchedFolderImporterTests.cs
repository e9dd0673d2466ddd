using System.Text;
using CasualtyDashboard.Jobs.Ingestion;
using CasualtyDashboard.Jobs.Options;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace CasualtyDashboard.Jobs.Tests;

public sealed class WatchedFolderImporterTests : IDisposable
{
    private readonly PipelineHarness _pipeline = new();
    private readonly string _folder = Directory.CreateTempSubdirectory("cd-watch-").FullName;
    private readonly WatchedFolderImporter _importer;

    public WatchedFolderImporterTests()
    {
        var options = Microsoft.Extensions.Options.Options.Create(new ImportOptions { WatchFolder = _folder, SettleSeconds = 5 });
        _importer = new WatchedFolderImporter(new ArticleFileReader(options), new ArticleImporter(_pipeline.Ingestor, options), options,
            _pipeline.Clock, NullLogger<WatchedFolderImporter>.Instance);
    }

    private string Drop(string name, string content, double secondsAgo = 60)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, content, new UTF8Encoding(false));
        File.SetLastWriteTimeUtc(path, _pipeline.Clock.GetUtcNow().UtcDateTime.AddSeconds(-secondsAgo));
        return path;
    }

    [Fact]
    public void FindSettledFiles_TakesAFileOnlyWhenUnchangedSinceThePreviousScanAndOldEnough_AndNeverTemporaryNames()
    {
        var path = Drop("a.jsonl", "{\"text\":\"قتل 5\"}\n", secondsAgo: 1);
        Drop("b.jsonl.part", "{\"text\":\"نصف");
        Drop(".hidden.jsonl", "{\"text\":\"x 1\"}\n");

        Assert.Empty(_importer.FindSettledFiles());                 // first sight
        Assert.Empty(_importer.FindSettledFiles());                 // unchanged, but written 1 s ago
        _pipeline.Clock.Advance(TimeSpan.FromSeconds(5));
        File.AppendAllText(path, "{\"text\":\"أصيب 3\"}\n");      // still being written
        File.SetLastWriteTimeUtc(path, _pipeline.Clock.GetUtcNow().UtcDateTime.AddSeconds(-10));
        Assert.Empty(_importer.FindSettledFiles());
        Assert.Equal([path], _importer.FindSettledFiles());
    }

    [Fact]
    public async Task Import_CleanFile_StoredAndMovedToDoneWithAReport()
    {
        var path = Drop("good.csv", "text,outlet\nقتل 5,وكالة\nأصيب 3,وكالة\n");

        var failed = await _importer.ImportAsync([path], null, CancellationToken.None);

        Assert.Equal(0, failed);
        Assert.False(File.Exists(path));
        Assert.True(File.Exists(Path.Combine(_folder, "done", "good.csv")));
        Assert.Contains("2 stored, 0 duplicates, 0 rejected", File.ReadAllText(Path.Combine(_folder, "done", "good.csv.report.txt")));
        await using var db = _pipeline.CreateDbContext();
        Assert.Equal(2, await db.Articles.CountAsync(a => a.Channel == WatchedFolderImporter.Channel));
    }

    [Fact]
    public async Task Import_FileWithARejectedLine_StoresTheRest_MovesItToFailedWithTheReason()
    {
        var path = Drop("mixed.jsonl", "{\"text\":\"قتل 5\"}\n{broken\n");

        var failed = await _importer.ImportAsync([path], null, CancellationToken.None);

        Assert.Equal(1, failed);
        Assert.True(File.Exists(Path.Combine(_folder, "failed", "mixed.jsonl")));
        var reason = File.ReadAllText(Path.Combine(_folder, "failed", "mixed.jsonl.reason.txt"));
        Assert.Contains("1 stored, 0 duplicates, 1 rejected", reason);
        Assert.Contains("line 2: rejected", reason);
        await using var db = _pipeline.CreateDbContext();
        Assert.Equal(1, await db.Articles.CountAsync());
    }

    [Fact]
    public async Task Import_LineWithALoneSurrogateEscape_StoresTheOthers_MovesTheFileToFailedOnce()
    {
        var path = Drop("surrogate.jsonl", "{\"text\":\"قتل 5\"}\n{\"text\":\"أصيب \\udc00 3\"}\n{\"text\":\"فقد 7\"}\n");

        var failed = await _importer.ImportAsync([path], null, CancellationToken.None);

        Assert.Equal(1, failed);
        Assert.False(File.Exists(path));
        var reason = File.ReadAllText(Path.Combine(_folder, "failed", "surrogate.jsonl.reason.txt"));
        Assert.Contains("2 stored, 0 duplicates, 1 rejected", reason);
        Assert.Contains("line 2: rejected", reason);
        Assert.Contains("surrogate", reason);
        Assert.Empty(_importer.FindSettledFiles());
        await using var db = _pipeline.CreateDbContext();
        Assert.Equal(2, await db.Articles.CountAsync());
    }

    [Fact]
    public async Task Import_NotUtf8_NothingStored_MovedToFailed_SameNameAgainKeepsBoth()
    {
        var first = Drop("legacy.txt", "");
        File.WriteAllBytes(first, [0xC7, 0xE1, 0xDE, 0xCA, 0xE1, 0x20, 0x35]);
        await _importer.ImportAsync([first], null, CancellationToken.None);
        var second = Drop("legacy.txt", "");
        File.WriteAllBytes(second, [0xC7, 0xE1]);

        await _importer.ImportAsync([second], null, CancellationToken.None);

        var failed = Directory.GetFiles(Path.Combine(_folder, "failed"), "legacy*.txt").Where(f => !f.EndsWith(".reason.txt", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, failed.Count);
        Assert.Contains("not UTF-8", File.ReadAllText(Path.Combine(_folder, "failed", "legacy.txt.reason.txt")));
        await using var db = _pipeline.CreateDbContext();
        Assert.Equal(0, await db.Articles.CountAsync());
    }

    public void Dispose()
    {
        _pipeline.Dispose();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }
}
