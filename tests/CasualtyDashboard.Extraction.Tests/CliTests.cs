using CasualtyDashboard.Cli.Commands;

namespace CasualtyDashboard.Extraction.Tests;

public sealed class CliTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("casualty-cli-").FullName;

    [Fact]
    public void Extract_BadLine_IsReportedByNumberAndRestProcessed()
    {
        var input = Path.Combine(_dir, "articles.jsonl");
        File.WriteAllLines(input,
        [
            """{"id":"a1","published":"2024-01-01","text":"قتل 5 أشخاص في غارة على مدينة غزة."}""",
            "{broken",
            """{"id":"a2","published":"2024-01-01","text":"لا أرقام هنا."}""",
        ]);
        var output = new StringWriter();
        var error = new StringWriter();

        var code = new ExtractCommand().Run([input], output, error);

        Assert.Equal(0, code);
        Assert.Contains("articles.jsonl:2:", error.ToString(), StringComparison.Ordinal);
        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.Contains("\"value\":5", lines[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Eval_PrintsCoreAttributeAndFullScores()
    {
        var articles = Path.Combine(_dir, "articles.jsonl");
        var gold = Path.Combine(_dir, "gold.jsonl");
        File.WriteAllText(articles, """{"id":"a1","published":"2024-01-01","text":"قتل 5 أشخاص وأصيب 3 آخرون في غارة على مدينة غزة."}""" + "\n");
        File.WriteAllText(gold, """{"id":"a1","figures":[{"value":5,"category":"killed","subgroup":"all","region":"gaza","authority":"unattributed","reported_on":"2024-01-01","basis":"incident"},{"value":9,"category":"injured","subgroup":"all"}]}""" + "\n");
        var output = new StringWriter();

        var code = new EvalCommand().Run([gold, articles], output, new StringWriter());

        Assert.Equal(0, code);
        var text = output.ToString();
        Assert.Contains("core  P 0.500  R 0.500  F1 0.500", text, StringComparison.Ordinal);
        Assert.Contains("full  P 0.500  R 0.500  F1 0.500", text, StringComparison.Ordinal);
        Assert.Contains("MISS  9 exact injured/all", text, StringComparison.Ordinal);
        Assert.Contains("FP    3 exact injured/all", text, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);
}
