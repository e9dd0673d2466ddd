using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CasualtyDashboard.Extraction;
using CasualtyDashboard.Extraction.Schema;

namespace CasualtyDashboard.E2E.Tests.Ingestion;

/// <summary>The article API on the real app (Kestrel on 127.0.0.1, SQLite file, jobs on).</summary>
public sealed class ArticleApiTests
{
    private static string Corpus(string file) => Path.GetFullPath(Path.Combine(RepoPaths.Root, "..", "shared", "corpus", file));

    [Fact]
    public async Task PostingTheDevelopmentCorpus_LeadsByItselfToTheFiguresTheExtractorGives()
    {
        var lines = File.ReadAllLines(Corpus("seed-articles.jsonl")).Concat(File.ReadAllLines(Corpus("dev-articles.jsonl")))
            .Where(l => l.Length > 0).ToList();
        await using var app = await AppProcess.StartAsync(new Dictionary<string, string> { ["Demo:Enabled"] = "false", ["Jobs:Enabled"] = "true" });
        using var api = new ArticleApi(app.BaseAddress);
        var database = new AppDatabase(app.DatabasePath);

        var report = await api.PostJsonLinesAsync(string.Join("\n", lines));
        await database.WaitAsync(c => c.Pending == 0, TimeSpan.FromMinutes(2));

        Assert.Equal(0, report.GetProperty("rejected").GetInt32());
        Assert.Equal(lines.Count, report.GetProperty("stored").GetInt32() + report.GetProperty("duplicates").GetInt32());
        var extractor = new ArabicCasualtyExtractor();
        var compared = 0;
        foreach (var item in report.GetProperty("items").EnumerateArray().Where(i => i.GetProperty("status").GetString() == "stored"))
        {
            var input = SchemaJson.ReadArticle(lines[item.GetProperty("line").GetInt32() - 1]).Article;
            var stored = await api.GetAsync(item.GetProperty("articleId").GetInt64());
            Assert.Equal("extracted", stored.GetProperty("state").GetString());
            var expected = extractor.Extract(input).Select(SchemaJson.WriteFigure).Order(StringComparer.Ordinal).ToList();
            var actual = stored.GetProperty("figures").EnumerateArray().Select(WithoutId).Order(StringComparer.Ordinal).ToList();
            Assert.True(expected.SequenceEqual(actual), $"article {input.Id}:\nexpected {string.Join("\n", expected)}\nstored   {string.Join("\n", actual)}");
            compared += expected.Count;
        }
        Assert.True(compared > 100, $"only {compared} figures compared");
    }

    [Fact]
    public async Task PostingABodyAboveTheLimitToKestrel_Answers413WithTheReason()
    {
        await using var app = await AppProcess.StartAsync(new Dictionary<string, string>
            { ["Demo:Enabled"] = "false", ["Jobs:Enabled"] = "false", ["Import:MaxRequestMegabytes"] = "1" });
        using var api = new ArticleApi(app.BaseAddress);

        using var sized = await api.PostAsync(new StringContent(SyntheticArticles.JsonLines(6000), Encoding.UTF8, "application/x-ndjson"));
        var chunked = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(SyntheticArticles.JsonLines(6000))));
        chunked.Headers.ContentType = new("application/x-ndjson");
        chunked.Headers.ContentLength = null;
        var unsized = new UnsizedContent(chunked);
        unsized.Headers.ContentType = new("application/x-ndjson"); // a write without a content type is refused (415)
        using var streamed = await api.PostAsync(unsized);
        using var fits = await api.PostAsync(new StringContent(SyntheticArticles.JsonLines(10), Encoding.UTF8, "application/x-ndjson"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, sized.StatusCode);
        Assert.Contains("Import:MaxRequestMegabytes", await sized.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, streamed.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, fits.StatusCode);
        Assert.Equal(10, (await new AppDatabase(app.DatabasePath).CountsAsync()).Articles);
    }

    private static string WithoutId(JsonElement figure)
    {
        var node = JsonNode.Parse(figure.GetRawText())!.AsObject();
        node.Remove("id");
        return SchemaJson.WriteFigure(SchemaJson.ReadFigure(JsonDocument.Parse(node.ToJsonString()).RootElement));
    }

    /// <summary>Sends its content with chunked transfer encoding (no Content-Length), as a streaming client would.</summary>
    private sealed class UnsizedContent(HttpContent inner) : HttpContent
    {
        protected override Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context) => inner.CopyToAsync(stream);

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
