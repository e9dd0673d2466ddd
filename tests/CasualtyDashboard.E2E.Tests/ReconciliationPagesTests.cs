using CasualtyDashboard.E2E.Tests.Pages;
using Microsoft.Playwright;

namespace CasualtyDashboard.E2E.Tests;

/// <summary>The Conflicts page and the Dashboard's reconciled chart on a database holding one transcription conflict.</summary>
public sealed class ReconciliationPagesTests(ReconciliationPagesTests.App fixture) : IClassFixture<ReconciliationPagesTests.App>
{
    private const string Analyst = AppSessions.AdminEmail; // decisions are recorded as the signed-in user
    private readonly IBrowser _browser = fixture.Browser;
    private readonly AppProcess _app = fixture.App;

    /// <summary>
    /// The conflict's database and its app, shared by the tests that leave the conflict open: a note on the point is seen
    /// by none of the others. Resolving it closes the conflict, so that test has an app of its own.
    /// </summary>
    public sealed class App : ReconciledAppFixture
    {
        protected override Task<ReconciledDatabase> CreateDatabaseAsync() => ReconciledDatabase.CreateWithTranscriptionConflictAsync();
    }

    [Fact]
    public async Task Conflicts_ResolveByChoosingAClaimWithANote_ShowsResolvedWithWhoAndTheNewValue()
    {
        var database = await ReconciledDatabase.CreateWithTranscriptionConflictAsync();
        try
        {
            await using var app = await ReconciledAppFixture.StartAsync(database);
            await ResolveAsync(app);
        }
        finally
        {
            try { Directory.Delete(database.Folder, recursive: true); } catch (IOException) { }
        }
    }

    private async Task ResolveAsync(AppProcess app)
    {
        var page = await _browser.NewSignedInPageAsync(app.BaseAddress);
        var errors = new List<string>();
        page.Console += (_, m) => { if (m.Type == "error") errors.Add(m.Text); };
        var conflicts = new ConflictsPage(page);

        await conflicts.OpenAsync(app.BaseAddress);
        await conflicts.SelectFirstAsync();
        await Assertions.Expect(conflicts.Detail).ToContainTextAsync("Transcription");
        await Assertions.Expect(conflicts.Evidence.First).ToHaveAttributeAsync("dir", "rtl");
        await Assertions.Expect(conflicts.Detail).ToContainTextAsync("الحصيلة ارتفعت إلى 10238 شهيدا");

        await conflicts.ChooseClaimAsync("Choose 10,328");
        await conflicts.ResolveAsync();
        await Assertions.Expect(conflicts.Error).ToContainTextAsync("note is required");

        await conflicts.WriteNoteAsync("The ministry's bulletin of 7 November says 10328.");
        await conflicts.ResolveAsync();

        await Assertions.Expect(conflicts.DetailState).ToHaveTextAsync("resolved", new() { Timeout = 20_000 });
        await Assertions.Expect(conflicts.Decision).ToContainTextAsync(Analyst);
        await Assertions.Expect(conflicts.ReconciledValue).ToContainTextAsync("10,328");
        await Assertions.Expect(conflicts.ReconciledValue).ToContainTextAsync("analyst resolution");
        await Assertions.Expect(conflicts.History).ToContainTextAsync("The ministry's bulletin of 7 November says 10328.");
        await Screenshots.SaveAsync(page, "conflict-resolved-en");
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Fact]
    public async Task Conflicts_InArabic_ShowTheConflictInArabicWithDatesAndValuesLeftToRight()
    {
        var page = await _browser.NewSignedInPageAsync(_app.BaseAddress, new() { ViewportSize = new() { Width = 1440, Height = 1000 } });
        var errors = new List<string>();
        page.Console += (_, m) => { if (m.Type == "error") errors.Add(m.Text); };
        var conflicts = new ConflictsPage(page);
        await conflicts.OpenAsync(_app.BaseAddress);

        await page.GetByTestId("lang-ar").ClickAsync();
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("dir", "rtl", new() { Timeout = 20_000 });
        await conflicts.Rows.First.WaitForAsync(new() { Timeout = 60_000 });
        await conflicts.SelectFirstAsync();

        await Assertions.Expect(conflicts.Detail.Locator("h2")).ToContainTextAsync("اختلاف في النقل");
        await Assertions.Expect(conflicts.Detail.Locator("h2 bdi[dir=ltr]")).ToHaveTextAsync("2023-11-07");
        await Assertions.Expect(conflicts.DetailState).ToHaveTextAsync("مفتوح");
        await Assertions.Expect(conflicts.Detail.GetByLabel("اختيار 10,328")).ToBeVisibleAsync();
        await conflicts.ResolveAsync();
        await Assertions.Expect(conflicts.Error).ToContainTextAsync("الملاحظة مطلوبة");
        await Screenshots.SaveAsync(page, "conflict-detail-ar");
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Fact]
    public async Task Dashboard_ClickReconciledPoint_OpensItsClaimsWithEvidenceAndTheRule()
    {
        var page = await _browser.NewSignedInPageAsync(_app.BaseAddress);
        var dashboard = new DashboardPage(page);

        await dashboard.OpenAsync(_app.BaseAddress);
        await Assertions.Expect(dashboard.ChartTitle).ToContainTextAsync("Killed in Gaza: reconciled cumulative toll since 2023-10-07");
        await dashboard.ClickFirstPointAsync();

        await Assertions.Expect(dashboard.PointDetail).ToContainTextAsync("2023-11-07", new() { Timeout = 20_000 });
        await Assertions.Expect(dashboard.PointDetail).ToContainTextAsync("الحصيلة ارتفعت إلى 10238 شهيدا");
        await Assertions.Expect(dashboard.PointDetail).ToContainTextAsync("Transcription (open)");
        await Assertions.Expect(page.GetByTestId("point-rule")).ToContainTextAsync("Reconciled by");
    }

    [Fact]
    public async Task Dashboard_AnnotateAPoint_ShowsTheNoteMarkerWithItsTextAsText()
    {
        var page = await _browser.NewSignedInPageAsync(_app.BaseAddress);
        var errors = new List<string>();
        page.Console += (_, m) => { if (m.Type == "error") errors.Add(m.Text); };
        var dashboard = new DashboardPage(page);
        await dashboard.OpenAsync(_app.BaseAddress);
        Assert.DoesNotContain("Notes", await dashboard.TraceNamesAsync());

        await dashboard.ClickFirstPointAsync();
        await Assertions.Expect(dashboard.PointDetail).ToContainTextAsync("2023-11-07", new() { Timeout = 20_000 });
        var revision = await dashboard.RevisionAsync();
        await dashboard.PointDetail.GetByTestId("note-add").ClickAsync();
        const string note = "Bulletin <b>revised</b> & re-issued";
        await page.GetByTestId("note-text").FillAsync(note);
        await page.GetByTestId("note-tags").FillAsync("revision");
        await page.GetByTestId("note-submit").ClickAsync();

        await Assertions.Expect(dashboard.PointDetail.GetByTestId("note")).ToContainTextAsync(note, new() { Timeout = 20_000 });
        await Assertions.Expect(dashboard.PointDetail.GetByTestId("note")).ToContainTextAsync(Analyst);
        await dashboard.WaitForRedrawAsync(revision);
        Assert.Contains("Notes", await dashboard.TraceNamesAsync());
        // The marker sits on the annotated day; its hover text is the note escaped, so plotly shows the characters, not markup.
        var marker = await dashboard.Chart.EvaluateAsync<string[]>("e => { const t = e.data.find(t => t.name === 'Notes'); return [t.x[0], t.text[0]]; }");
        Assert.Equal("2023-11-07", marker[0]);
        Assert.Contains("Bulletin &lt;b&gt;revised&lt;/b&gt; &amp; re-issued [revision] (" + Analyst + ")", marker[1]);
        // Drawn: the notes trace is the last one, with one star on the plot.
        await Assertions.Expect(dashboard.Chart.Locator(".scatterlayer .trace").Last.Locator(".point")).ToHaveCountAsync(1);
        await Screenshots.SaveAsync(page, "dashboard-point-note");
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }
}
