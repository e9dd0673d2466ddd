using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.Json;
using CasualtyDashboard.Data;
using CasualtyDashboard.Data.Entities;
using CasualtyDashboard.Data.Review;
using CasualtyDashboard.Extraction.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CasualtyDashboard.Web.Tests;

public sealed class ExportEndpointTests : IAsyncLifetime
{
    private readonly DashboardAppFactory _factory = new();
    private HttpClient _client = default!;
    private long _killedId;

    public async Task InitializeAsync()
    {
        _client = _factory.CreateClient();
        var contexts = _factory.Services.GetRequiredService<IDbContextFactory<DashboardDbContext>>();
        await using (var db = await contexts.CreateDbContextAsync())
        {
            var article = new Article
            {
                Text = "أعلنت وزارة الصحة ارتفاع الحصيلة إلى 10022 شهيدا و25408 جرحى", ContentHash = "x", CreatedAt = DateTime.UtcNow,
                Url = "https://example.org/news/1", Outlet = new Outlet { Name = "Al Jazeera" }, Published = new DateOnly(2023, 11, 6),
            };
            db.Add(article);
            db.Add(Figure(article, 10022, FigureCategory.Killed, "10022 شهيدا"));
            db.Add(Figure(article, 25408, FigureCategory.Injured, "25408 جرحى"));
            await db.SaveChangesAsync();
            _killedId = article.Figures.Single(f => f.Category == FigureCategory.Killed).Id;
        }
        await _factory.Services.GetRequiredService<FigureReviewService>().RejectAsync(_killedId, "=cmd|' /C calc'!A0");
        await _factory.Services.GetRequiredService<AnnotationService>().AddToFigureAsync(_killedId, "MoH daily update", ["revision"]);
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _factory.DisposeAsync();
    }

    private static Figure Figure(Article article, long value, FigureCategory category, string evidence) => new()
    {
        Article = article, Value = value, Category = category, Subgroup = FigureSubgroup.All, Region = "gaza", Authority = "gaza_moh",
        ReportedOn = new DateOnly(2023, 11, 6), Basis = FigureBasis.Cumulative, Since = new DateOnly(2023, 10, 7),
        Evidence = evidence, EvidenceStart = article.Text.IndexOf(evidence, StringComparison.Ordinal), EvidenceLength = evidence.Length, Rule = "toll-rose-to",
        ExtractorVersion = "1.0", CreatedAt = DateTime.UtcNow,
    };

    [Fact]
    public async Task FiguresCsv_Filtered_StreamsTheMatchingRowsWithProvenanceReviewAndNotes()
    {
        var response = await _client.GetAsync("/api/export/figures.csv?category=killed&hxl=true");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Matches(@"^casualty-figures-\d{8}-\d{6}\.csv$", response.Content.Headers.ContentDisposition!.FileNameStar);
        var lines = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        var header = lines[0].Split(',');
        Assert.StartsWith("#meta+id,", lines[1]);
        var row = lines[2];
        Assert.StartsWith($"{_killedId},", row);
        foreach (var expected in new[] { ",10022,", ",Al Jazeera,", ",https://example.org/news/1,", ",10022 شهيدا,", ",toll-rose-to,", ",rejected,", "MoH daily update [revision] (system," })
            Assert.Contains(expected, row);
        Assert.Contains(",'=cmd|' /C calc'!A0,", row);
        Assert.Contains("conflict_flags", header);
    }

    [Fact]
    public async Task FiguresJson_ParsesAndCarriesEveryFigure()
    {
        using var json = JsonDocument.Parse(await _client.GetStringAsync("/api/export/figures.json"));

        var rows = json.RootElement.EnumerateArray().ToList();
        Assert.Equal(2, rows.Count);
        Assert.Equal(["killed", "injured"], rows.Select(r => r.GetProperty("category").GetString()));
        Assert.Equal("unreviewed", rows[1].GetProperty("review_state").GetString());
        Assert.Equal(CasualtyDashboard.Data.Analysts.CurrentAnalyst.SystemName, rows[0].GetProperty("reviewed_by").GetString()); // written by the test itself: no user
    }

    [Fact]
    public async Task FiguresXlsx_ByReviewState_HoldsTheRowAndTheDictionary()
    {
        var bytes = await _client.GetByteArrayAsync("/api/export/figures.xlsx?review=unreviewed");

        using var zip = new ZipArchive(new MemoryStream(bytes));
        var cells = ExportWriterTests.Cells(zip, "xl/worksheets/sheet1.xml");
        Assert.Equal("figure_id", cells["A1"]);
        Assert.Equal("25408", cells["C2"]);
        Assert.False(cells.ContainsKey("A3"));
        Assert.Equal("figure_id", ExportWriterTests.Cells(zip, "xl/worksheets/sheet2.xml")["A2"]);
    }

    [Fact]
    public async Task Export_BadFilterOrFormat_AnswersWithTheReason()
    {
        var badCategory = await _client.GetAsync("/api/export/figures.csv?category=dead");
        var badFormat = await _client.GetAsync("/api/export/figures.pdf");

        Assert.Equal(HttpStatusCode.BadRequest, badCategory.StatusCode);
        Assert.Contains("killed, injured, missing", await badCategory.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, badFormat.StatusCode);
    }

    [Fact]
    public async Task Dictionary_DescribesEveryFigureColumnWithAHashtag()
    {
        using var json = JsonDocument.Parse(await _client.GetStringAsync("/api/export/dictionary"));

        var columns = json.RootElement.GetProperty("datasets")[0].GetProperty("columns").EnumerateArray().ToList();
        Assert.Contains(columns, c => c.GetProperty("column").GetString() == "article_url");
        Assert.All(columns, c => Assert.StartsWith("#", c.GetProperty("hxl").GetString()));
        Assert.All(columns, c => Assert.False(string.IsNullOrWhiteSpace(c.GetProperty("description").GetString())));
    }
}
