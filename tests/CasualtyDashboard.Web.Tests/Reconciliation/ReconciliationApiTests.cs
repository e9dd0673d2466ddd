using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace CasualtyDashboard.Web.Tests.Reconciliation;

/// <summary>
/// The API on the reconciled seed app. Tests that only read (or are refused) share one app started for the class; tests
/// that decide start their own, so no decision leaks into another test.
/// </summary>
public sealed class ReconciliationApiTests(ReconciledAppFixture shared) : IClassFixture<ReconciledAppFixture>
{
    private const string WomenConflict = $"transcription#{ReconciledApp.WomenKilled}@2023-11-07#gaza_moh";

    [Fact]
    public async Task Series_ListsEverySeriesWithIdKeyLastChangeAndPointCount_AndTheUnplacedCount()
    {
        var app = shared.App;

        using var body = JsonDocument.Parse(await app.Client.GetStringAsync("/api/series"));

        var series = body.RootElement.GetProperty("series").EnumerateArray().ToList();
        var women = Assert.Single(series, s => s.GetProperty("key").GetString() == ReconciledApp.WomenKilled);
        Assert.True(women.GetProperty("pointCount").GetInt32() > 100, women.ToString());
        Assert.True(women.GetProperty("lastChange").GetDateTime() >= new DateTime(2023, 11, 8), women.ToString());
        Assert.Equal($"/api/series/{women.GetProperty("id").GetInt64()}/points", women.GetProperty("pointsUrl").GetString());
        Assert.True(body.RootElement.GetProperty("unplacedFigures").GetInt32() >= 0);
    }

    [Fact]
    public async Task Points_GiveEachPointsClaimsWithEvidence_ReconciledValueRuleLowAndHigh()
    {
        var app = shared.App;
        var id = await SeriesIdAsync(app, ReconciledApp.WomenKilled);

        using var body = JsonDocument.Parse(await app.Client.GetStringAsync($"/api/series/{id}/points?from=2023-11-07&to=2023-11-07"));

        var point = Assert.Single(body.RootElement.GetProperty("points").EnumerateArray());
        Assert.Equal((2719, "authority_priority", 2716, 2719), (point.GetProperty("value").GetInt64(), point.GetProperty("rule").GetString(),
            point.GetProperty("low").GetInt64(), point.GetProperty("high").GetInt64()));
        var claims = point.GetProperty("claims").EnumerateArray().ToList();
        var news = Assert.Single(claims, c => !c.GetProperty("isReference").GetBoolean());
        Assert.Equal((2716, "RT Arabic", "current"), (news.GetProperty("value").GetInt64(), news.GetProperty("outlet").GetString(), news.GetProperty("role").GetString()));
        Assert.Contains("2716", news.GetProperty("evidence").GetString(), StringComparison.Ordinal);
        Assert.Contains(claims, c => c.GetProperty("isReference").GetBoolean() && c.GetProperty("value").GetInt64() == 2719);
    }

    [Fact]
    public async Task Points_UnknownSeries_Answers404WithAHint()
    {
        var app = shared.App;

        var response = await app.Client.GetAsync("/api/series/999999/points");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("GET /api/series", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Conflicts_FilterByTypeStateSeriesAndDate_ReturnTheMatchingFlagsOnly()
    {
        var app = shared.App;

        var transcriptions = await ConflictsAsync(app, $"?type=transcription&state=open&series={Uri.EscapeDataString(ReconciledApp.WomenKilled)}&date=2023-11-07");
        var stale = await ConflictsAsync(app, "?type=stale_citation&date=2024-11-01");
        var none = await ConflictsAsync(app, "?type=transcription&state=resolved");

        Assert.Equal(WomenConflict, Assert.Single(transcriptions).GetProperty("key").GetString());
        Assert.Contains(stale, c => c.GetProperty("pointKey").GetString() == "gaza||killed|all|cumulative|2023-10-07@2024-11-01");
        Assert.All(stale, c => Assert.Equal("stale_citation", c.GetProperty("type").GetString()));
        Assert.Empty(none);
    }

    [Fact]
    public async Task Conflicts_UnknownTypeOrBadDate_Answer400NamingTheValidValues()
    {
        var app = shared.App;

        var type = await app.Client.GetAsync("/api/conflicts?type=typo");
        var date = await app.Client.GetAsync("/api/conflicts?date=7/11/2023");

        Assert.Equal((HttpStatusCode.BadRequest, HttpStatusCode.BadRequest), (type.StatusCode, date.StatusCode));
        Assert.Contains("cross_source", await type.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("yyyy-MM-dd", await date.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Resolve_WithoutNote_Answers400SayingTheNoteIsRequired_AndUnknownKey404()
    {
        await using var app = await ReconciledApp.StartAsync();

        var noNote = await app.Client.PostAsJsonAsync(ReconciledApp.Path(WomenConflict, "/resolve"), new { value = 2719 });
        var noChoice = await app.Client.PostAsJsonAsync(ReconciledApp.Path(WomenConflict, "/resolve"), new { note = "checked" });
        var dismissNoNote = await app.Client.PostAsJsonAsync(ReconciledApp.Path(WomenConflict, "/dismiss"), new { note = "" });
        var unknown = await app.Client.PostAsJsonAsync(ReconciledApp.Path("transcription#nowhere", "/dismiss"), new { note = "x" });

        Assert.Equal(HttpStatusCode.BadRequest, noNote.StatusCode);
        Assert.Contains("note is required", await noNote.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, noChoice.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, dismissNoNote.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("open", (await ConflictAsync(app, WomenConflict)).GetProperty("state").GetString());
    }

    [Fact]
    public async Task Resolve_ChosenClaim_SurvivesASecondRunAndReExtraction()
    {
        await using var app = await ReconciledApp.StartAsync();
        var news = await app.FigureIdAsync(2716);

        var response = await app.Client.PostAsJsonAsync(ReconciledApp.Path(WomenConflict, "/resolve"),
            new { claimId = news, note = "The RT article is right: the 8 November bulletin says 2716." });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await app.ReconcileAsync();
        await app.ReExtractAsync();
        await app.ReconcileAsync();

        Assert.NotEqual(news, await app.FigureIdAsync(2716));
        var conflict = await ConflictAsync(app, WomenConflict);
        Assert.Equal("resolved", conflict.GetProperty("state").GetString());
        var decision = conflict.GetProperty("decision");
        Assert.Equal((ReconciledApp.Analyst, 2716, news), (decision.GetProperty("by").GetString(), decision.GetProperty("value").GetInt64(), decision.GetProperty("claimId").GetInt64()));
        var id = await SeriesIdAsync(app, ReconciledApp.WomenKilled);
        using var points = JsonDocument.Parse(await app.Client.GetStringAsync($"/api/series/{id}/points?from=2023-11-07&to=2023-11-07"));
        var point = points.RootElement.GetProperty("points")[0];
        Assert.Equal((2716, "analyst_resolution"), (point.GetProperty("value").GetInt64(), point.GetProperty("rule").GetString()));
    }

    [Fact]
    public async Task Dismiss_StoresWhoAndWhen_AndTheStateShowsAtOnce()
    {
        await using var app = await ReconciledApp.StartAsync();

        var response = await app.Client.PostAsJsonAsync(ReconciledApp.Path(WomenConflict, "/dismiss"), new { note = "Different scope." });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var conflict = body.RootElement.GetProperty("conflict");
        Assert.Equal(("dismissed", ReconciledApp.Analyst), (conflict.GetProperty("state").GetString(), conflict.GetProperty("decision").GetProperty("by").GetString()));
        Assert.True(conflict.GetProperty("decision").GetProperty("at").GetDateTime() > DateTime.UtcNow.AddMinutes(-5));
    }

    [Fact]
    public async Task Reference_MalformedFileOrMissingDataset_Answers400WithTheReason()
    {
        var app = shared.App;

        var malformed = await app.Client.PostAsync("/api/reference?dataset=gaza&name=casualties_daily.json",
            new StringContent("[{\"report_date\":\"2023-11-06\",\"report_source\":\"somewhere\"}]", System.Text.Encoding.UTF8, "application/json"));
        var noDataset = await app.Client.PostAsync("/api/reference", new StringContent("[]", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.Contains("unknown report_source 'somewhere'", await malformed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, noDataset.StatusCode);
        Assert.Contains("dataset=gaza", await noDataset.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static async Task<long> SeriesIdAsync(ReconciledApp app, string key)
    {
        using var body = JsonDocument.Parse(await app.Client.GetStringAsync("/api/series"));
        return body.RootElement.GetProperty("series").EnumerateArray().Single(s => s.GetProperty("key").GetString() == key).GetProperty("id").GetInt64();
    }

    private static async Task<List<JsonElement>> ConflictsAsync(ReconciledApp app, string query)
    {
        using var body = JsonDocument.Parse(await app.Client.GetStringAsync("/api/conflicts" + query));
        return body.RootElement.GetProperty("conflicts").EnumerateArray().Select(e => e.Clone()).ToList();
    }

    private static async Task<JsonElement> ConflictAsync(ReconciledApp app, string key)
    {
        using var body = JsonDocument.Parse(await app.Client.GetStringAsync(ReconciledApp.Path(key)));
        return body.RootElement.GetProperty("conflict").Clone();
    }
}
