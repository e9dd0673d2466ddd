using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CasualtyDashboard.Data;
using CasualtyDashboard.Data.Entities;
using CasualtyDashboard.Web.Services.Export;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

using CasualtyDashboard.Tests.Shared;

namespace CasualtyDashboard.Web.Tests.Reconciliation;

/// <summary>
/// The seed corpus and the Gaza reference series reconciled by the real service; then the women-killed conflict of
/// 2023-11-07 resolved for the RT Arabic claim (whose evidence is made formula-like) and a note put on that point.
/// </summary>
public sealed class ReconciledExportFixture : IAsyncLifetime
{
    public const string Day = "2023-11-07";
    public const string PointKey = $"{ReconciledApp.WomenKilled}@{Day}";
    public const string Conflict = $"transcription#{PointKey}#gaza_moh";
    public const string Formula = "=HYPERLINK(\"http://evil.example\",\"2716\")";
    public const string ResolutionNote = "The RT article is right: the 8 November bulletin says 2716.";
    public const string PointNote = "MoH bulletin re-read by phone";
    public const string ArticleUrl = "https://example.org/rt/2716";

    public ReconciledApp App { get; private set; } = default!;
    public long NewsClaimId { get; private set; }
    public long WomenSeriesId { get; private set; }

    public async Task InitializeAsync()
    {
        App = await ReconciledApp.StartAsync();
        NewsClaimId = await App.FigureIdAsync(2716);
        var contexts = App.Factory.Services.GetRequiredService<IDbContextFactory<DashboardDbContext>>();
        await using (var db = await contexts.CreateDbContextAsync())
        {
            await db.Figures.Where(f => f.Id == NewsClaimId).ExecuteUpdateAsync(s => s.SetProperty(f => f.Evidence, Formula));
            // The seed articles have no address; give the chosen claim's article one.
            var articleId = await db.Figures.Where(f => f.Id == NewsClaimId).Select(f => f.ArticleId).SingleAsync();
            await db.Articles.Where(a => a.Id == articleId).ExecuteUpdateAsync(s => s.SetProperty(a => a.Url, ArticleUrl));
        }

        var resolved = await App.Client.PostAsJsonAsync(ReconciledApp.Path(Conflict, "/resolve"), new { claimId = NewsClaimId, note = ResolutionNote });
        Assert.True(resolved.IsSuccessStatusCode, await resolved.Content.ReadAsStringAsync());

        await using (var db = await contexts.CreateDbContextAsync())
        {
            Assert.True(await db.Set<ReconciledPoint>().AnyAsync(p => p.Key == PointKey), "the point exists under its stored key");
            db.Add(new Annotation { PointKey = PointKey, Text = PointNote, Tags = ";verified;", By = "note-analyst", At = new DateTime(2024, 1, 2, 3, 4, 5, DateTimeKind.Utc), Version = 1 });
            db.Add(new Annotation { PointKey = PointKey, Text = "deleted note", By = "note-analyst", At = DateTime.UtcNow, Version = 2, Deleted = true });
            await db.SaveChangesAsync();
        }

        using var series = JsonDocument.Parse(await App.Client.GetStringAsync("/api/series"));
        WomenSeriesId = series.RootElement.GetProperty("series").EnumerateArray()
            .Single(s => s.GetProperty("key").GetString() == ReconciledApp.WomenKilled).GetProperty("id").GetInt64();
    }

    public async Task DisposeAsync() => await App.DisposeAsync();
}

public sealed class ReconciledExportTests(ReconciledExportFixture fixture) : IClassFixture<ReconciledExportFixture>
{
    private HttpClient Client => fixture.App.Client;

    [Fact]
    public async Task Csv_OneSeries_HasARowPerStoredPointWithTheFlagDecisionNoteAndNeutralisedEvidence()
    {
        var response = await Client.GetAsync($"/api/export/reconciled.csv?series={fixture.WomenSeriesId}&hxl=true");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Matches(@"^casualty-reconciled-\d{8}-\d{6}\.csv$", response.Content.Headers.ContentDisposition!.FileNameStar);
        var records = CsvRecords.Parse(Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF'));
        Assert.Equal(ReconciledExportColumns.Table.Columns.Select(c => c.Name), records[0]);
        Assert.Equal(ReconciledExportColumns.Table.Columns.Select(c => c.Hxl), records[1]);
        var rows = records.Skip(2).Select(r => records[0].Zip(r).ToDictionary(p => p.First, p => p.Second)).ToList();

        var stored = await PointsAsync(fixture.WomenSeriesId);
        Assert.Equal(stored.Count, rows.Count);
        Assert.Equal(stored.Select(p => (p.GetProperty("key").GetString(), p.GetProperty("date").GetString(), p.GetProperty("value").GetInt64().ToString(), p.GetProperty("rule").GetString())),
            rows.Select(r => ((string?)r["point_key"], (string?)r["date"], r["value"], (string?)r["rule"])));

        foreach (var (point, exported) in stored.Zip(rows))
        {
            string Text(string name) => point.GetProperty(name).ValueKind == JsonValueKind.Null ? "" : point.GetProperty(name).ToString();
            Assert.Equal((Text("explanation"), Text("low"), Text("high"), Text("incrementChange"), Text("incrementDays"), Text("conflicts"), Text("openConflicts")),
                (exported["explanation"], exported["low"], exported["high"], exported["change"], exported["change_days"], exported["conflicts"], exported["open_conflicts"]));
            var ids = point.GetProperty("reconciledClaimIds").EnumerateArray().Select(i => i.GetInt64()).Distinct().ToList();
            Assert.Equal(string.Join("; ", ids.Where(i => i > 0)), exported["chosen_figure_ids"]);
            Assert.Equal(string.Join("; ", ids.Where(i => i < 0).Select(i => -i)), exported["chosen_reference_ids"]);
        }

        var row = Assert.Single(rows, r => r["date"] == ReconciledExportFixture.Day);
        Assert.Equal((fixture.WomenSeriesId.ToString(), ReconciledApp.WomenKilled, "gaza", "", "killed", "women", "cumulative", "2023-10-07"),
            (row["series_id"], row["series_key"], row["region"], row["area"], row["category"], row["subgroup"], row["basis"], row["since"]));
        Assert.Equal(("2716", "analyst_resolution", "2716", "2719"), (row["value"], row["rule"], row["low"], row["high"]));
        Assert.Equal((fixture.NewsClaimId.ToString(), ""), (row["chosen_figure_ids"], row["chosen_reference_ids"]));
        var reference = rows.First(r => r["rule"] == "authority_priority" && r["chosen_figure_ids"] == "");
        Assert.Matches(@"^\d+(; \d+)*$", reference["chosen_reference_ids"]);
        Assert.Contains("gaza_moh/RT Arabic/2716", row["sources"].Split("; "));
        Assert.Contains(row["sources"].Split("; "), s => s.StartsWith("gaza_moh/", StringComparison.Ordinal) && s.EndsWith("/2719", StringComparison.Ordinal));
        Assert.Equal(ReconciledExportFixture.ArticleUrl, row["article_urls"]);
        Assert.Equal("'" + ReconciledExportFixture.Formula, row["evidence"]);
        Assert.Contains($"transcription (resolved): ", row["conflict_flags"]);
        Assert.Contains($"[{ReconciledApp.Analyst}, ", row["conflict_flags"]);
        Assert.Contains(ReconciledExportFixture.ResolutionNote, row["conflict_flags"]);
        Assert.Equal(("1", "0"), (row["conflicts"], row["open_conflicts"]));
        Assert.Equal($"{ReconciledExportFixture.PointNote} [verified] (note-analyst, 2024-01-02)", row["annotation_notes"]);
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$", row["series_last_change"]);
        Assert.All(rows.Where(r => r["date"] != ReconciledExportFixture.Day), r => Assert.Equal("", r["annotation_notes"]));
        var previous = rows[rows.IndexOf(row) - 1];
        Assert.Equal((2716 - long.Parse(previous["value"])).ToString(), row["change"]);
        Assert.Equal((DateOnly.Parse(ReconciledExportFixture.Day).DayNumber - DateOnly.Parse(previous["date"]).DayNumber).ToString(), row["change_days"]);
    }

    [Fact]
    public async Task Json_Everything_HasOneObjectPerPointOfEverySeries_InChunksWithoutRepeats()
    {
        using var json = JsonDocument.Parse(await Client.GetStringAsync("/api/export/reconciled.json"));
        using var series = JsonDocument.Parse(await Client.GetStringAsync("/api/series"));

        var rows = json.RootElement.EnumerateArray().ToList();
        var all = series.RootElement.GetProperty("series").EnumerateArray().ToList();
        Assert.True(rows.Count > Data.Queries.ReconciledExportQuery.ChunkSize, $"{rows.Count} points: the export must cross chunks");
        Assert.Equal(all.Sum(s => s.GetProperty("pointCount").GetInt32()), rows.Count);
        Assert.Equal(rows.Count, rows.Select(r => r.GetProperty("point_key").GetString()).Distinct().Count());
        foreach (var s in all)
        {
            var ofSeries = rows.Where(r => r.GetProperty("series_id").GetInt64() == s.GetProperty("id").GetInt64()).ToList();
            Assert.Equal(s.GetProperty("pointCount").GetInt32(), ofSeries.Count);
            Assert.Equal(s.GetProperty("lastDate").GetString(), ofSeries[^1].GetProperty("date").GetString());
            var lastChange = s.GetProperty("lastChange").GetDateTime();
            Assert.Equal(lastChange.AddTicks(-(lastChange.Ticks % TimeSpan.TicksPerSecond)), ofSeries[0].GetProperty("series_last_change").GetDateTime());
        }

        var row = rows.Single(r => r.GetProperty("point_key").GetString() == ReconciledExportFixture.PointKey);
        Assert.Equal(2716, row.GetProperty("value").GetInt64());
        Assert.Equal(ReconciledExportFixture.Formula, row.GetProperty("evidence").GetString()); // JSON is no spreadsheet: kept verbatim
        Assert.Contains("transcription (resolved)", row.GetProperty("conflict_flags").GetString());
        Assert.Contains(ReconciledExportFixture.PointNote, row.GetProperty("annotation_notes").GetString());
        Assert.DoesNotContain("deleted note", row.GetProperty("annotation_notes").GetString());
        Assert.Equal(JsonValueKind.Null, row.GetProperty("area").ValueKind);
    }

    [Fact]
    public async Task Xlsx_FilteredByRegionCategorySubgroupAndDates_HoldsThoseRowsAndTheDictionary()
    {
        var bytes = await Client.GetByteArrayAsync("/api/export/reconciled.xlsx?region=gaza&category=killed&subgroup=women&from=2023-11-01&to=2023-11-10&hxl=true");

        using var zip = new ZipArchive(new MemoryStream(bytes));
        var cells = ExportWriterTests.Cells(zip, "xl/worksheets/sheet1.xml");
        var expected = await MatchingPointsAsync("region=gaza&category=killed", s => s.GetProperty("subgroup").GetString() == "women", "2023-11-01", "2023-11-10");
        Assert.NotEmpty(expected);
        var columns = ReconciledExportColumns.Table.Columns.Select(c => c.Name).ToList();
        string Column(string name) => XlsxExportWriter.ColumnName(columns.IndexOf(name));
        Assert.Equal("series_id", cells["A1"]);
        Assert.Equal("#meta+series+id", cells["A2"]);
        var keys = Enumerable.Range(3, expected.Count).Select(r => cells[$"{Column("point_key")}{r}"]).ToList();
        Assert.Equal(expected.Order(StringComparer.Ordinal), keys.Order(StringComparer.Ordinal));
        Assert.False(cells.ContainsKey($"A{expected.Count + 3}"));
        var row = keys.IndexOf(ReconciledExportFixture.PointKey) + 3;
        Assert.Equal("2716", cells[$"{Column("value")}{row}"]);
        Assert.Equal("'" + ReconciledExportFixture.Formula, cells[$"{Column("evidence")}{row}"]);
        Assert.Contains(ReconciledExportFixture.PointNote, cells[$"{Column("annotation_notes")}{row}"]);
        var dictionary = ExportWriterTests.Cells(zip, "xl/worksheets/sheet2.xml");
        Assert.Equal("series_id", dictionary["A2"]);
        Assert.Equal(columns.Count + 1, dictionary.Keys.Count(k => k.StartsWith('A')));
    }

    [Fact]
    public async Task Filters_CategorySeriesKeyAndDates_ReturnOnlyTheMatchingPoints()
    {
        using var injured = JsonDocument.Parse(await Client.GetStringAsync("/api/export/reconciled.json?category=injured"));
        using var byKey = JsonDocument.Parse(await Client.GetStringAsync(
            $"/api/export/reconciled.json?series={Uri.EscapeDataString(ReconciledApp.WomenKilled)}&from={ReconciledExportFixture.Day}&to={ReconciledExportFixture.Day}"));
        using var none = JsonDocument.Parse(await Client.GetStringAsync("/api/export/reconciled.json?region=nowhere"));

        var injuredRows = injured.RootElement.EnumerateArray().ToList();
        Assert.Equal((await MatchingPointsAsync("category=injured", _ => true, null, null)).Count, injuredRows.Count);
        Assert.NotEmpty(injuredRows);
        Assert.All(injuredRows, r => Assert.Equal("injured", r.GetProperty("category").GetString()));
        var single = Assert.Single(byKey.RootElement.EnumerateArray());
        Assert.Equal(ReconciledExportFixture.PointKey, single.GetProperty("point_key").GetString());
        Assert.Empty(none.RootElement.EnumerateArray());
    }

    [Theory]
    [InlineData("category=dead", "killed, injured, missing")]
    [InlineData("subgroup=babies", "children")]
    [InlineData("basis=weekly", "cumulative, period, incident")]
    [InlineData("from=7/11/2023", "yyyy-MM-dd")]
    [InlineData("from=2023-12-01&to=2023-11-01", "after")]
    [InlineData("series=women", "GET /api/series")]
    public async Task BadFilter_Answers400WithTheReason(string query, string expected)
    {
        var response = await Client.GetAsync($"/api/export/reconciled.csv?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(expected, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownSeriesOrFormat_Answers404()
    {
        var series = await Client.GetAsync("/api/export/reconciled.csv?series=999999");
        var format = await Client.GetAsync("/api/export/reconciled.pdf");

        Assert.Equal(HttpStatusCode.NotFound, series.StatusCode);
        Assert.Contains("GET /api/series", await series.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, format.StatusCode);
    }

    [Fact]
    public async Task Dictionary_DescribesTheReconciledDatasetBesideTheFigures()
    {
        using var json = JsonDocument.Parse(await Client.GetStringAsync("/api/export/dictionary"));

        var datasets = json.RootElement.GetProperty("datasets").EnumerateArray().ToList();
        Assert.Equal(["figures", "reconciled"], datasets.Select(d => d.GetProperty("name").GetString()));
        var reconciled = datasets[1];
        Assert.Equal("/api/export/reconciled.{csv|json|xlsx}", reconciled.GetProperty("endpoint").GetString());
        Assert.Contains("series", reconciled.GetProperty("filters").GetString());
        var columns = reconciled.GetProperty("columns").EnumerateArray().ToList();
        Assert.Equal(ReconciledExportColumns.Table.Columns.Select(c => c.Name), columns.Select(c => c.GetProperty("column").GetString()));
        foreach (var name in new[] { "series_key", "rule", "explanation", "chosen_figure_ids", "chosen_reference_ids", "sources", "article_urls", "evidence", "conflict_flags", "annotation_notes", "series_last_change" })
            Assert.Contains(columns, c => c.GetProperty("column").GetString() == name);
        Assert.All(columns, c => Assert.StartsWith("#", c.GetProperty("hxl").GetString()));
        Assert.All(columns, c => Assert.False(string.IsNullOrWhiteSpace(c.GetProperty("description").GetString())));
    }

    private async Task<List<JsonElement>> PointsAsync(long seriesId, string? from = null, string? to = null)
    {
        using var body = JsonDocument.Parse(await Client.GetStringAsync($"/api/series/{seriesId}/points?from={from}&to={to}"));
        return body.RootElement.GetProperty("points").EnumerateArray().Select(p => p.Clone()).ToList();
    }

    /// <summary>The keys of the stored points of the series <c>/api/series?{seriesQuery}</c> lists and <paramref name="where"/> keeps.</summary>
    private async Task<List<string>> MatchingPointsAsync(string seriesQuery, Func<JsonElement, bool> where, string? from, string? to)
    {
        using var body = JsonDocument.Parse(await Client.GetStringAsync($"/api/series?{seriesQuery}"));
        var keys = new List<string>();
        foreach (var s in body.RootElement.GetProperty("series").EnumerateArray().Where(where))
            keys.AddRange((await PointsAsync(s.GetProperty("id").GetInt64(), from, to)).Select(p => p.GetProperty("key").GetString()!));
        return keys;
    }
}
