using System.Diagnostics;
using System.Text;
using CasualtyDashboard.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace CasualtyDashboard.E2E.Tests.Ingestion;

/// <summary>The built <c>casualty</c> executable, run as a user runs it, against a SQLite file the app then opens.</summary>
public sealed class ImportCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("cd-cli-").FullName;

    private string DatabasePath => Path.Combine(_folder, "casualty.db");

    private static string Executable
    {
        get
        {
            var testProject = Path.Combine(RepoPaths.Root, "tests", "CasualtyDashboard.E2E.Tests");
            var relative = Path.GetRelativePath(testProject, AppContext.BaseDirectory);
            return Path.GetFullPath(Path.Combine(RepoPaths.Root, "src", "CasualtyDashboard.Cli", relative, "casualty"));
        }
    }

    private async Task<(int Code, string Output, string Error)> RunAsync(params string[] args)
    {
        var info = new ProcessStartInfo(Executable, args) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = _folder };
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output, await error);
    }

    private string Write(string name, string content)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, content, new UTF8Encoding(false));
        return path;
    }

    [Fact]
    public async Task Import_FileWithABadLine_StoresTheRest_PrintsEachLine_Exits1_ThenTheAppExtractsThem()
    {
        var file = Write("articles.jsonl", SyntheticArticles.Line(1) + "\n{broken\n" + SyntheticArticles.Line(2) + "\n");

        var (code, output, _) = await RunAsync("import", file, "--db", DatabasePath);

        Assert.Equal(1, code);
        Assert.Contains("articles.jsonl:1: stored as article 1", output);
        Assert.Contains("articles.jsonl:2: rejected: Line 2: not valid JSON", output);
        Assert.Contains("2 stored, 0 duplicates, 1 rejected", output);
        await using (var app = await AppProcess.StartAsync(new Dictionary<string, string> { ["Demo:Enabled"] = "false", ["Jobs:Enabled"] = "true" }, _folder))
        {
            var counts = await new AppDatabase(DatabasePath).WaitAsync(c => c.Pending == 0, TimeSpan.FromSeconds(60));
            Assert.Equal((2, 2), (counts.Articles, counts.Extracted));
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }

    [Fact]
    public async Task Import_SameCsvTwice_SecondTimeAllDuplicates_Exits0()
    {
        var file = Write("articles.csv", "text,published,outlet,url\n\"قتل 5 أشخاص، وأصيب 3 في غزة\",2024-01-02,وكالة,https://example.org/1\nأصيب 7 في جنين,2024-01-03,وكالة,\n");

        var first = await RunAsync("import", file, "--db", DatabasePath);
        var second = await RunAsync("import", file, "--db", DatabasePath);

        Assert.Equal(0, first.Code);
        Assert.Contains("2 stored, 0 duplicates, 0 rejected", first.Output);
        Assert.Equal(0, second.Code);
        Assert.Contains("articles.csv:2: duplicate of article 1", second.Output);
        Assert.Contains("0 stored, 2 duplicates, 0 rejected", second.Output);
        await using var db = new AppDatabase(DatabasePath).Open();
        Assert.Equal(2, await db.Articles.CountAsync(a => a.Channel == "cli" && a.State == ArticleState.Pending));
    }

    [Fact]
    public async Task Import_TxtWithDateAndOutlet_StoresOneArticle_DefaultDatabaseIsDataUnderTheCurrentFolder()
    {
        var file = Write("report.txt", "أعلنت وزارة الصحة ارتفاع الحصيلة إلى 120 شهيدا.");

        var (code, output, _) = await RunAsync("import", file, "--published", "2024-02-03", "--outlet", "وكالة");

        Assert.Equal(0, code);
        Assert.Contains(Path.Combine(_folder, "data", "casualty.db"), output);
        await using var db = new AppDatabase(Path.Combine(_folder, "data", "casualty.db")).Open();
        var article = await db.Articles.Include(a => a.Outlet).SingleAsync();
        Assert.Equal((new DateOnly(2024, 2, 3), "وكالة"), (article.Published, article.Outlet!.Name));
    }

    [Fact]
    public async Task Import_BadCalls_Exit2WithUsage()
    {
        var noFile = await RunAsync("import");
        var missing = await RunAsync("import", Path.Combine(_folder, "nothing.jsonl"));
        var badDate = await RunAsync("import", Write("a.txt", "نص"), "--published", "3/2/2024");

        Assert.Equal((2, 2, 2), (noFile.Code, missing.Code, badDate.Code));
        Assert.Contains("usage: casualty import FILE", noFile.Error);
        Assert.Contains("no such file", missing.Error);
        Assert.Contains("YYYY-MM-DD", badDate.Error);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }
}
