using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using CasualtyDashboard.Data;
using CasualtyDashboard.Data.Entities;
using CasualtyDashboard.Extraction;
using CasualtyDashboard.Extraction.Model;
using CasualtyDashboard.Jobs.Extraction;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CasualtyDashboard.Web.Tests;

public sealed class ArticleEndpointsTests
{
    private const string Killed = "أعلنت وزارة الصحة في غزة ارتفاع حصيلة الشهداء إلى 10328 شهيدا.";

    private static StringContent Json(string body, string type = "application/json") => new(body, Encoding.UTF8, type);

    [Fact]
    public async Task Post_JsonArray_Answers202WithTheStoredIdAndAPerItemError()
    {
        await using var factory = new DashboardAppFactory();
        using var client = factory.CreateClient();

        var response = await client.PostAsync("/api/articles", Json(
            $$"""[{"text":"{{Killed}}","published":"2023-11-07","outlet":"وكالة","id":"a1"}, {"title":"no text"}, {"text":"أصيب 3","published":"7/11/2023"}]"""));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = body.RootElement;
        Assert.Equal((1, 0, 2), (root.GetProperty("stored").GetInt32(), root.GetProperty("duplicates").GetInt32(), root.GetProperty("rejected").GetInt32()));
        var items = root.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal([1, 2, 3], items.Select(i => i.GetProperty("line").GetInt32()));
        Assert.Equal(["stored", "rejected", "rejected"], items.Select(i => i.GetProperty("status").GetString()));
        Assert.True(items[0].GetProperty("articleId").GetInt64() > 0);
        // The same English sentences as before the reasons became codes (decision 053): scripts read them.
        Assert.Equal("Item 2: the \"text\" field is missing or empty.", items[1].GetProperty("error").GetString());
        Assert.Equal("Item 3: \"published\" must be a date YYYY-MM-DD, not \"7/11/2023\".", items[2].GetProperty("error").GetString());
    }

    [Fact]
    public async Task Post_JsonLinesWithRepeats_StoresEachArticleOnce_AndReportsDuplicatesWithTheStoredId()
    {
        await using var factory = new DashboardAppFactory();
        using var client = factory.CreateClient();
        var lines = $$"""
            {"text":"{{Killed}}","url":"https://example.org/1"}
            {"text":"{{Killed}}\r\n"}
            {"text":"نص آخر تماما 4","url":"https://example.org/1"}
            {"text":"نص ثالث 5"}
            """;

        var first = await PostAsync(client, lines, "application/x-ndjson");
        var again = await PostAsync(client, lines, "application/x-ndjson");

        Assert.Equal(["stored", "duplicate", "duplicate", "stored"], Statuses(first));
        Assert.Equal(["duplicate", "duplicate", "duplicate", "duplicate"], Statuses(again));
        var firstId = first.GetProperty("items")[0].GetProperty("articleId").GetInt64();
        Assert.Equal(firstId, again.GetProperty("items")[0].GetProperty("articleId").GetInt64());
        Assert.Equal(firstId, again.GetProperty("items")[2].GetProperty("articleId").GetInt64()); // same URL
        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<DashboardDbContext>>().CreateDbContextAsync();
        Assert.Equal(2, await db.Articles.CountAsync(a => a.Channel == "api"));
    }

    [Fact]
    public async Task Post_BodyAboveTheLimit_Answers413WithAMessage_AndStoresNothing()
    {
        await using var factory = new DashboardAppFactory();
        await using var limited = factory.WithWebHostBuilder(b => b.UseSetting("Import:MaxRequestMegabytes", "1"));
        using var client = limited.CreateClient();
        var line = $$"""{"text":"{{Killed}} {0}"}""";
        var body = string.Join("\n", Enumerable.Range(0, 20_000).Select(i => line.Replace("{0}", i.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)));

        var response = await client.PostAsync("/api/articles", Json(body, "application/x-ndjson"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("1 MB", await response.Content.ReadAsStringAsync());
        using var health = JsonDocument.Parse(await client.GetStringAsync("/health"));
        Assert.Equal(0, health.RootElement.GetProperty("articles").GetInt32());
    }

    [Fact]
    public async Task Post_NotUtf8OrUnsupportedType_AnswersWithTheReason()
    {
        await using var factory = new DashboardAppFactory();
        using var client = factory.CreateClient();
        var latin = new ByteArrayContent([.. Encoding.UTF8.GetBytes("{\"text\":\""), 0xC7, 0xE1, .. Encoding.UTF8.GetBytes("\"}")]);
        latin.Headers.ContentType = new MediaTypeHeaderValue("application/json");

        var notUtf8 = await client.PostAsync("/api/articles", latin);
        var xml = await client.PostAsync("/api/articles", new StringContent("<a/>", Encoding.UTF8, "application/xml"));
        var empty = await client.PostAsync("/api/articles", Json(""));

        Assert.Equal(HttpStatusCode.BadRequest, notUtf8.StatusCode);
        Assert.Contains("not UTF-8", await notUtf8.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, xml.StatusCode);
        Assert.Contains("application/x-ndjson", await xml.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
    }

    [Fact]
    public async Task Get_FollowsAnArticleFromPendingToExtracted_WithItsFiguresInTheSchemaShape()
    {
        await using var factory = new DashboardAppFactory();
        using var client = factory.CreateClient();
        var posted = await PostAsync(client, $$"""[{"text":"{{Killed}}","published":"2023-11-07","outlet":"وكالة"}]""", "application/json");
        var id = posted.GetProperty("items")[0].GetProperty("articleId").GetInt64();

        var pending = await GetAsync(client, id);
        using (var scope = factory.Services.CreateScope())
            await scope.ServiceProvider.GetRequiredService<ArticleExtractionService>().ProcessPendingAsync(null, CancellationToken.None);
        var extracted = await GetAsync(client, id);

        Assert.Equal("pending", pending.GetProperty("state").GetString());
        Assert.Equal(0, pending.GetProperty("figures").GetArrayLength());
        Assert.Equal("extracted", extracted.GetProperty("state").GetString());
        Assert.Equal(new ArabicCasualtyExtractor().Version, extracted.GetProperty("extractorVersion").GetString());
        var expected = new ArabicCasualtyExtractor().Extract(new ArticleInput(Killed, new DateOnly(2023, 11, 7), "وكالة"));
        var figures = extracted.GetProperty("figures").EnumerateArray().ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected.Select(f => (f.Value, f.Category.ToString().ToLowerInvariant(), f.Evidence, f.EvidenceStart)),
            figures.Select(f => (f.GetProperty("value").GetInt64(), f.GetProperty("category").GetString()!, f.GetProperty("evidence").GetString()!, f.GetProperty("start").GetInt32())));
        Assert.All(figures, f => Assert.True(f.GetProperty("id").GetInt64() > 0));
        Assert.All(figures, f => Assert.Equal(f.GetProperty("evidence").GetString(), Killed.Substring(f.GetProperty("start").GetInt32(), f.GetProperty("length").GetInt32())));
        Assert.Equal("2023-11-07", figures[0].GetProperty("reported_on").GetString());
    }

    [Theory]
    [InlineData("application/x-ndjson", "{\"text\":\"قتل 5\"}\n{\"text\":\"أصيب \\udc00 3\"}\n{\"text\":\"فقد 7\"}")]
    [InlineData("application/json", "[{\"text\":\"قتل 5\"},{\"text\":\"أصيب 3\",\"title\":\"\\ud800\"},{\"text\":\"فقد 7\"}]")]
    public async Task Post_ALoneSurrogateEscapeInOneItem_RejectsThatItemAlone_StoresTheOthers(string type, string body)
    {
        await using var factory = new DashboardAppFactory();
        using var client = factory.CreateClient();

        var response = await client.PostAsync("/api/articles", Json(body, type));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        using var report = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(["stored", "rejected", "stored"], Statuses(report.RootElement));
        Assert.Contains("surrogate", report.RootElement.GetProperty("items")[1].GetProperty("error").GetString());
        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<DashboardDbContext>>().CreateDbContextAsync();
        Assert.Equal(2, await db.Articles.CountAsync());
    }

    [Fact]
    public async Task ImportPageService_ALoneSurrogateEscapeInOneLine_RejectsThatLineAlone_StoresTheOthers()
    {
        await using var factory = new DashboardAppFactory();
        using var scope = factory.Services.CreateScope();
        var service = scope.ServiceProvider.GetRequiredService<CasualtyDashboard.Web.Services.ImportPageService>();
        var bytes = Encoding.UTF8.GetBytes("{\"text\":\"قتل 5\"}\n{\"text\":\"\\udc00\"}\n{\"text\":\"فقد 7\"}\n");

        var report = await service.ImportAsync("upload.jsonl", bytes.Length, new MemoryStream(bytes), null,
            new Progress<CasualtyDashboard.Web.Services.ImportStatus>(), CancellationToken.None);

        Assert.Equal((2, 1), (report.Stored, report.Rejected));
        Assert.Equal(2, report.Items.Single(i => i.Status == CasualtyDashboard.Jobs.Ingestion.IngestStatus.Rejected).Line);
    }

    [Fact]
    public async Task Get_FailedArticle_ShowsItsError_UnknownId_Answers404()
    {
        await using var factory = new DashboardAppFactory();
        using var client = factory.CreateClient();
        var posted = await PostAsync(client, """{"text":"نص 1"}""", "application/x-ndjson");
        var id = posted.GetProperty("items")[0].GetProperty("articleId").GetInt64();
        await using (var db = await factory.Services.GetRequiredService<IDbContextFactory<DashboardDbContext>>().CreateDbContextAsync())
            await db.Articles.Where(a => a.Id == id).ExecuteUpdateAsync(s => s.SetProperty(a => a.State, ArticleState.Failed)
                .SetProperty(a => a.Attempts, 3).SetProperty(a => a.LastError, "TimeoutException: too slow"));

        var failed = await GetAsync(client, id);
        var unknown = await client.GetAsync($"/api/articles/{id + 1000}");

        Assert.Equal(("failed", 3, "TimeoutException: too slow"),
            (failed.GetProperty("state").GetString(), failed.GetProperty("attempts").GetInt32(), failed.GetProperty("lastError").GetString()));
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    private static async Task<JsonElement> PostAsync(HttpClient client, string body, string type)
    {
        var response = await client.PostAsync("/api/articles", Json(body, type));
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    private static async Task<JsonElement> GetAsync(HttpClient client, long id) =>
        JsonDocument.Parse(await client.GetStringAsync($"/api/articles/{id}")).RootElement.Clone();

    private static List<string?> Statuses(JsonElement report) =>
        report.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("status").GetString()).ToList();
}
