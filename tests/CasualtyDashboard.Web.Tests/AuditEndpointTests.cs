using System.Net;
using System.Security.Claims;
using System.Text;
using CasualtyDashboard.Data;
using CasualtyDashboard.Data.Analysts;
using CasualtyDashboard.Data.Audit;
using CasualtyDashboard.Data.Entities;
using CasualtyDashboard.Data.Queries;
using CasualtyDashboard.Data.Review;
using CasualtyDashboard.Extraction.Model;
using CasualtyDashboard.Jobs.Feeds;
using CasualtyDashboard.Tests.Shared;
using CasualtyDashboard.Web.Services.Audit;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CasualtyDashboard.Web.Tests;

/// <summary>The audit log through the real app: writes over HTTP and through the services, read back by <c>/api/audit.csv</c>.</summary>
public sealed class AuditEndpointTests : IAsyncLifetime
{
    private const string Actor = "=SUM(1+2)";
    private readonly DashboardAppFactory _root = new();
    private WebApplicationFactory<Program> _factory = default!;
    private HttpClient _client = default!;
    private HttpClient _admin = default!;
    private long _figureId;

    public async Task InitializeAsync()
    {
        // The service calls below run as a signed-in Admin whose name a spreadsheet would run as a formula (the export must
        // neutralise it); the HTTP post runs as the factory's all-scopes key.
        _factory = _root.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddSingleton<ICurrentUserSource>(new FormulaNamedAdmin())));
        _client = _factory.CreateClient();
        var contexts = _factory.Services.GetRequiredService<IDbContextFactory<DashboardDbContext>>();
        await using (var db = await contexts.CreateDbContextAsync())
        {
            var article = new Article { Text = "نص", ContentHash = "x", CreatedAt = DateTime.UtcNow };
            var figure = new Figure
            {
                Article = article, Value = 10022, Category = FigureCategory.Killed, Subgroup = FigureSubgroup.All, Region = "gaza", Authority = "gaza_moh",
                Basis = FigureBasis.Cumulative, Evidence = "10022", Rule = "t", ExtractorVersion = "t", CreatedAt = DateTime.UtcNow,
            };
            db.Add(figure);
            await db.SaveChangesAsync();
            _figureId = figure.Id;
        }
        await _factory.Services.GetRequiredService<FigureReviewService>().AcceptAsync(_figureId);
        await _factory.Services.GetRequiredService<AnnotationService>().AddToFigureAsync(_figureId, "x;=1+2;y", ["checked"]);
        await _factory.Services.GetRequiredService<FeedCatalog>().AddAsync("https://news.example/rss", "الجزيرة", 30);
        var posted = await _client.PostAsync("/api/articles",
            new StringContent("""[{"text": "أعلنت الوزارة 5 شهداء", "outlet": "BBC"}, {"text": "نص آخر 7 جرحى"}]""", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.Accepted, posted.StatusCode);
        // The audit log is for Admins: read it signed in as the first-start Admin.
        _admin = await TestAccounts.SignedInClientAsync(_factory, DashboardAppFactory.AdminEmail, DashboardAppFactory.AdminPassword);
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        _admin.Dispose();
        await _factory.DisposeAsync();
        await _root.DisposeAsync();
    }

    private async Task<(HttpResponseMessage Response, byte[] Body, List<List<string>> Records)> GetCsvAsync(string query)
    {
        var response = await _admin.GetAsync("/api/audit.csv" + query);
        var body = await response.Content.ReadAsByteArrayAsync();
        return (response, body, response.IsSuccessStatusCode ? CsvRecords.Parse(Encoding.UTF8.GetString(body).TrimStart('\uFEFF')) : []);
    }

    [Fact]
    public async Task Export_EveryWrite_NewestFirst_WithBomHeaderAndActor()
    {
        var (response, body, records) = await GetCsvAsync("");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Matches(@"^casualty-audit-\d{8}-\d{6}\.csv$", response.Content.Headers.ContentDisposition!.FileNameStar);
        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), body[..3]);
        Assert.Equal(["id", "at", "actor", "action", "entity_type", "entity_key", "before", "after"], records[0]);
        Assert.Equal([AuditActions.ImportArticles, AuditActions.FeedAdd, AuditActions.NoteAdd, AuditActions.FigureReview], records.Skip(1).Select(r => r[3]));
        var import = records[1];
        Assert.Contains("\"channel\":\"api\"", import[7], StringComparison.Ordinal);
        Assert.Contains("\"stored\":2", import[7], StringComparison.Ordinal);
        var review = records[4];
        Assert.Equal((AuditEntities.Figure, _figureId.ToString()), (review[4], review[5]));
        Assert.Equal(("""{"decision":"unreviewed"}""", """{"decision":"accepted"}"""), (review[6], review[7]));
    }

    [Fact]
    public async Task Export_FormulaCells_AreNeutralised_AtTheStartAndAfterASemicolon()
    {
        var (_, _, records) = await GetCsvAsync("?action=note.add");

        var note = Assert.Single(records.Skip(1));
        Assert.Equal("'" + Actor, note[2]);
        Assert.Contains("x;'=1+2;y", note[7], StringComparison.Ordinal);
        Assert.DoesNotContain(";=", note[7], StringComparison.Ordinal);
    }

    [Fact]
    public async Task AuditLog_IsForAdminsOnly()
    {
        Assert.Equal(HttpStatusCode.Forbidden, (await _client.GetAsync("/api/audit.csv")).StatusCode); // an all-scopes key is no Admin
        using var anonymous = _root.AnonymousClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/audit.csv")).StatusCode);
    }

    [Fact]
    public async Task Export_TakesThePageFilters()
    {
        var today = DateTime.UtcNow.ToString("yyyy-MM-dd");
        var tomorrow = DateTime.UtcNow.AddDays(1).ToString("yyyy-MM-dd");

        Assert.Equal([AuditActions.FeedAdd], (await GetCsvAsync("?entity=feed")).Records.Skip(1).Select(r => r[3]));
        Assert.Equal(3, (await GetCsvAsync($"?actor={Uri.EscapeDataString(Actor)}&from={today}&to={today}")).Records.Count - 1);
        Assert.Equal([AuditActions.ImportArticles], (await GetCsvAsync($"?actor={Uri.EscapeDataString(TestKeys.AllActor)}")).Records.Skip(1).Select(r => r[3]));
        Assert.Single((await GetCsvAsync($"?from={tomorrow}")).Records); // the header alone
        Assert.Single((await GetCsvAsync("?actor=someone-else")).Records);
        Assert.Equal([AuditActions.FigureReview], (await GetCsvAsync($"?entity=figure&key={_figureId}&action=figure.review")).Records.Skip(1).Select(r => r[3]));

        var bad = await _admin.GetAsync("/api/audit.csv?from=06-12-2026");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("from '06-12-2026' is not a date yyyy-MM-dd", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AuditPage_AnswersWithItsTitleFiltersAndExportLink()
    {
        var html = await _admin.GetStringAsync("/audit");

        Assert.Matches("<h1[^>]*>Audit log</h1>", html);
        Assert.Contains("data-testid=\"audit-grid\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"api/audit.csv\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"audit\"", html, StringComparison.Ordinal); // the nav entry
    }

    [Fact]
    public async Task PageService_ExportLinkCarriesTheFilters_AndChangesReadFieldByField()
    {
        var filter = new AuditFilter(Actor, AuditActions.FigureReview, new DateOnly(2026, 1, 2), null, AuditEntities.Figure, "7");
        var url = AuditPageService.ExportUrl(filter);
        Assert.Equal("api/audit.csv?actor=%3DSUM(1%2B2)&action=figure.review&entity=figure&key=7&from=2026-01-02", url);
        Assert.Equal("api/audit.csv", AuditPageService.ExportUrl(new AuditFilter()));

        var row = new AuditRow(1, DateTime.UtcNow, "a", AuditActions.FeedChange, AuditEntities.Feed, "3",
            """{"enabled":true,"outlet":"أ"}""", """{"enabled":false,"intervalMinutes":5}""");
        Assert.Equal([new AuditChange("enabled", "true", "false"), new AuditChange("outlet", "أ", null), new AuditChange("intervalMinutes", null, "5")],
            AuditPageService.Changes(row));
        using var scope = _factory.Services.CreateScope();
        var service = scope.ServiceProvider.GetRequiredService<AuditPageService>();
        Assert.Equal(new[] { Actor, TestKeys.AllActor }.Order(StringComparer.Ordinal), (await service.ActorOptionsAsync()).Select(o => o.Value).Order(StringComparer.Ordinal));
        Assert.Equal(AuditActions.All.Count, service.ActionOptions.Count);
    }

    /// <summary>The user of work outside a request (the direct service calls): an Admin named <see cref="Actor"/>.</summary>
    private sealed class FormulaNamedAdmin : ICurrentUserSource
    {
        private readonly ClaimsPrincipal _user = new(new ClaimsIdentity(
            [new Claim(ClaimTypes.Email, Actor), new Claim(ClaimTypes.Role, CasualtyDashboard.Data.Accounts.Roles.Admin)], "test"));

        public ClaimsPrincipal? User => _user;
    }
}
