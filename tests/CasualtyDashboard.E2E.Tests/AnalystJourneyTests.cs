using System.IO.Compression;
using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using CasualtyDashboard.E2E.Tests.Pages;
using Microsoft.Playwright;

using CasualtyDashboard.Tests.Shared;

namespace CasualtyDashboard.E2E.Tests;

/// <summary>The analysts' journeys through the real app and Debian's Chromium: review, export, Arabic, article view.</summary>
[Collection(DemoAppCollection.Name)]
public sealed class AnalystJourneyTests(DemoAppFixture fixture)
{
    private async Task<IPage> NewPageAsync(List<string> errors)
    {
        var context = await fixture.Browser.NewSignedInContextAsync(fixture.App.BaseAddress, new() { AcceptDownloads = true, ViewportSize = new() { Width = 1440, Height = 1000 } });
        var page = await context.NewPageAsync();
        page.Console += (_, m) => { if (m.Type == "error") errors.Add(m.Text); };
        page.Response += (_, r) => { if (r.Status >= 400) errors.Add($"{r.Status} {r.Url}"); };
        return page;
    }

    [Fact]
    public async Task Figures_AcceptThenRejectWithReason_ShowsEachStateAndKeepsTheHistory()
    {
        var errors = new List<string>();
        var page = await NewPageAsync(errors);
        var figures = new FiguresPage(page);
        await figures.OpenAsync(fixture.App.BaseAddress);
        var id = await figures.FigureIdAsync(2);

        await figures.Row(id).GetByTestId("accept").ClickAsync();
        await Assertions.Expect(figures.State(id)).ToHaveAttributeAsync("data-state", "accepted", new() { Timeout = 20_000 });

        await figures.Row(id).GetByTestId("reject").ClickAsync();
        await figures.RejectReason.FillAsync("quoted to deny it");
        await figures.RejectSubmit.ClickAsync();
        await Assertions.Expect(figures.State(id)).ToHaveAttributeAsync("data-state", "rejected", new() { Timeout = 20_000 });
        await Assertions.Expect(figures.Detail.GetByTestId("review-history")).ToContainTextAsync("quoted to deny it");
        await Assertions.Expect(figures.Detail.GetByTestId("review-history")).ToContainTextAsync(AppSessions.AdminEmail);
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Fact]
    public async Task Figures_Keyboard_JMovesDownAndAAccepts()
    {
        var errors = new List<string>();
        var page = await NewPageAsync(errors);
        var figures = new FiguresPage(page);
        await figures.OpenAsync(fixture.App.BaseAddress);
        var second = await figures.FigureIdAsync(1);

        await figures.Rows.First.Locator("td").First.ClickAsync();
        await figures.Area.FocusAsync();
        await page.Keyboard.PressAsync("j");
        await Assertions.Expect(figures.Row(second)).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("row-selected"));
        await page.Keyboard.PressAsync("a");

        await Assertions.Expect(figures.State(second)).ToHaveAttributeAsync("data-state", "accepted", new() { Timeout = 20_000 });
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Fact]
    public async Task Figures_NextPageReviewAndBack_KeepsEachPagesRows()
    {
        // Next and previous pages are keyset seeks from the shown page's edges, a review reloads the same page (decision 041).
        var errors = new List<string>();
        var page = await NewPageAsync(errors);
        var figures = new FiguresPage(page);
        await figures.OpenAsync(fixture.App.BaseAddress);
        var firstPage = await IdsAsync(figures);
        Assert.True(firstPage.Count == 25, $"the demo data fills a first page ({firstPage.Count} rows)");

        await figures.Rows.First.Locator("td").First.ClickAsync();
        await figures.Area.FocusAsync();
        await page.Keyboard.PressAsync("BracketRight");
        await Assertions.Expect(figures.Row(firstPage[0])).ToHaveCountAsync(0, new() { Timeout = 20_000 });
        var secondPage = await IdsAsync(figures);
        Assert.Empty(secondPage.Intersect(firstPage));

        await page.Keyboard.PressAsync("a");
        await Assertions.Expect(figures.State(secondPage[0])).ToHaveAttributeAsync("data-state", "accepted", new() { Timeout = 20_000 });
        Assert.Equal(secondPage, await IdsAsync(figures));

        await page.Keyboard.PressAsync("BracketLeft");
        await Assertions.Expect(figures.Row(firstPage[0])).ToHaveCountAsync(1, new() { Timeout = 20_000 });
        Assert.Equal(firstPage, await IdsAsync(figures));
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    private static async Task<List<string>> IdsAsync(FiguresPage figures)
    {
        var ids = new List<string>();
        for (var i = 0; i < await figures.Rows.CountAsync(); i++) ids.Add(await figures.FigureIdAsync(i));
        return ids;
    }

    [Fact]
    public async Task Export_EachFormatDownloadsTheFiguresWithProvenance()
    {
        var errors = new List<string>();
        var page = await NewPageAsync(errors);
        await new FiguresPage(page).OpenAsync(fixture.App.BaseAddress); // waits until the demo figures exist
        var export = new ExportPage(page);
        await export.OpenAsync(fixture.App.BaseAddress);
        var count = int.Parse(new string((await export.Count.InnerTextAsync()).TakeWhile(c => char.IsAsciiDigit(c) || c == ',').Where(char.IsAsciiDigit).ToArray()));
        Assert.True(count > 0);

        var csv = Encoding.UTF8.GetString(await export.DownloadAsync("csv"));
        var lines = csv.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("figure_id,article_id,value,qualifier,category,subgroup,region,area,authority,reported_on", lines[0]);
        Assert.Contains("article_url", lines[0]);
        Assert.True(lines.Length >= count + 1, $"{lines.Length - 1} CSV rows for {count} figures");

        using var json = JsonDocument.Parse(await export.DownloadAsync("json"));
        Assert.Equal(count, json.RootElement.GetArrayLength());
        var first = json.RootElement[0];
        Assert.False(string.IsNullOrEmpty(first.GetProperty("evidence").GetString()));
        Assert.False(string.IsNullOrEmpty(first.GetProperty("authority").GetString()));

        using var zip = new ZipArchive(new MemoryStream(await export.DownloadAsync("xlsx")));
        using var sheet = zip.GetEntry("xl/worksheets/sheet1.xml")!.Open();
        var rows = XDocument.Load(sheet).Descendants().Where(e => e.Name.LocalName == "row").ToList();
        Assert.Equal(count + 1, rows.Count);
        Assert.Equal("figure_id", rows[0].Descendants().First(e => e.Name.LocalName == "t").Value);
        Assert.NotNull(zip.GetEntry("xl/worksheets/sheet2.xml"));
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Fact]
    public async Task Export_ReconciledCsvHasARowPerPointOfEverySeries()
    {
        var errors = new List<string>();
        var page = await NewPageAsync(errors);
        await new FiguresPage(page).OpenAsync(fixture.App.BaseAddress); // waits until the demo figures exist
        var series = await SettledSeriesAsync();
        var points = series.Sum(s => s.GetProperty("pointCount").GetInt32());
        Assert.True(points > 0, "the demo data reconciles into at least one point");
        var export = new ExportPage(page);
        await export.OpenAsync(fixture.App.BaseAddress);
        await Assertions.Expect(export.ReconciledCount).ToContainTextAsync(points.ToString("N0", System.Globalization.CultureInfo.InvariantCulture));
        await Assertions.Expect(page.GetByTestId("reconciled-dictionary-grid")).ToContainTextAsync("chosen_figure_ids");
        await Screenshots.SaveAsync(page, "export-reconciled");

        var csv = Encoding.UTF8.GetString(await export.DownloadReconciledAsync("csv")).TrimStart('\uFEFF');
        var records = CsvRecords.Parse(csv);
        Assert.Equal(
            "series_id,series_key,region,area,category,subgroup,basis,since,since_inferred,point_key,date,value,rule,explanation,low,high,change,change_days," +
            "chosen_figure_ids,chosen_reference_ids,sources,article_urls,evidence,conflicts,open_conflicts,conflict_flags,annotation_notes,series_last_change",
            string.Join(',', records[0]));
        Assert.Equal(points, records.Count - 1);
        foreach (var s in series)
            Assert.Equal(s.GetProperty("pointCount").GetInt32(), records.Count(r => r[0] == s.GetProperty("id").GetInt64().ToString()));
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    /// <summary>
    /// <c>GET /api/series</c> once the demo data's reconciliation has settled: at least one series, and the same run
    /// (time and point count) on two reads a few seconds apart, so the export is read from that run.
    /// </summary>
    private async Task<List<JsonElement>> SettledSeriesAsync()
    {
        using var http = AppSessions.Client(fixture.App.BaseAddress);
        string? previous = null;
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (true)
        {
            using var body = JsonDocument.Parse(await http.GetStringAsync("api/series"));
            var series = body.RootElement.GetProperty("series").EnumerateArray().Select(s => s.Clone()).ToList();
            var state = $"{body.RootElement.GetProperty("reconciledAt")} {series.Sum(s => s.GetProperty("pointCount").GetInt32())}";
            if (series.Count > 0 && state == previous) return series;
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"The demo data's reconciliation did not settle: {state}");
            previous = series.Count > 0 ? state : null;
            await Task.Delay(3000);
        }
    }

    [Fact]
    public async Task Language_SwitchToArabic_FlipsTheLayoutAndBack()
    {
        var errors = new List<string>();
        var page = await NewPageAsync(errors);
        var figures = new FiguresPage(page);
        await figures.OpenAsync(fixture.App.BaseAddress);
        Assert.Equal("ltr", await page.Locator("html").GetAttributeAsync("dir"));

        await page.GetByTestId("lang-ar").ClickAsync();
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("dir", "rtl", new() { Timeout = 20_000 });
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "ar");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("الأرقام المستخرجة");
        await figures.Rows.First.WaitForAsync();
        // The grid can re-render while the circuit starts (a detached element has no computed style), so these poll.
        await page.WaitForFunctionAsync(
            "() => { const s = document.querySelector('[data-testid=sidebar]'), m = document.querySelector('main.page');" +
            " return s && m && s.getBoundingClientRect().left > m.getBoundingClientRect().left; }",
            null, new() { Timeout = 20_000 });
        await Assertions.Expect(page.GetByTestId("figures-grid")).ToHaveCSSAsync("direction", "rtl", new() { Timeout = 20_000 });

        await page.GetByTestId("lang-en").ClickAsync();
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("dir", "ltr", new() { Timeout = 20_000 });
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Figures");
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Fact]
    public async Task Language_SwitchToArabic_ConflictsAndJobsShowArabicHeadings()
    {
        var errors = new List<string>();
        var page = await NewPageAsync(errors);
        foreach (var (path, title) in OperationsPages)
        {
            await OpenAsync(page, path);
            await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(title);
            await Screenshots.SaveAsync(page, $"{path}-en");
        }

        await OpenAsync(page, "conflicts");
        await page.GetByTestId("lang-ar").ClickAsync();
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("dir", "rtl", new() { Timeout = 20_000 });
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("التعارضات");
        await Assertions.Expect(page.GetByTestId("reconciliation-status")).Not.ToContainTextAsync("Reconciled");
        await Screenshots.SaveAsync(page, "conflicts-ar");

        var jobs = new JobsPage(page);
        await jobs.OpenAsync(fixture.App.BaseAddress);
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("المهام");
        await Assertions.Expect(page.GetByTestId("state-filter")).ToContainTextAsync("نجح");
        await Assertions.Expect(jobs.Runs).ToHaveCSSAsync("direction", "rtl");
        await Screenshots.SaveAsync(page, "jobs-ar");

        await OpenAsync(page, "feeds");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("الخلاصات الإخبارية");
        await Screenshots.SaveAsync(page, "feeds-ar");

        // A file whose only line is broken: the report shows a rejected line and nothing is stored in the shared app.
        var file = Path.Combine(Directory.CreateTempSubdirectory("cd-ar-").FullName, "broken.jsonl");
        await File.WriteAllTextAsync(file, "{\"text\": broken\n");
        var import = new ImportPage(page);
        await import.OpenAsync(fixture.App.BaseAddress);
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("الاستيراد");
        await import.UploadAsync(file);
        await Assertions.Expect(import.Summary).ToContainTextAsync("المرفوضة 1", new() { Timeout = 30_000 });
        await Screenshots.SaveAsync(page, "import-ar");
        Directory.Delete(Path.GetDirectoryName(file)!, recursive: true);
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    /// <summary>
    /// Every analysts' page opens in English and in Arabic with its heading in that language, right to left in Arabic,
    /// without console errors (and is saved as a screenshot when SCREENSHOT_DIR is set).
    /// </summary>
    [Fact]
    public async Task EveryPage_InEnglishAndArabic_OpensWithItsHeadingAndNoError()
    {
        var errors = new List<string>();
        var page = await NewPageAsync(errors);
        var figures = new FiguresPage(page);
        await figures.OpenAsync(fixture.App.BaseAddress); // waits until the demo figures exist
        var id = await figures.FigureIdAsync(0);
        await figures.Row(id).GetByTestId("evidence-link").ClickAsync();
        await page.GetByTestId($"evidence-{id}").WaitForAsync(new() { Timeout = 20_000 });
        var article = new Uri(page.Url).AbsolutePath.TrimStart('/');
        string[] paths = ["figures", "articles", article, "annotations", "export", "conflicts", "jobs", "feeds", "import"];
        foreach (var language in new[] { "en", "ar" })
        {
            await page.GotoAsync(new Uri(fixture.App.BaseAddress, $"culture/set?culture={language}&redirectUri=/figures").ToString());
            await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", language, new() { Timeout = 20_000 });
            foreach (var path in paths)
            {
                await OpenAsync(page, path);
                await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("dir", language == "ar" ? "rtl" : "ltr");
                // The heading is polled: a page can render once more while its circuit starts after the language switch.
                var heading = page.Locator("h1").First;
                await Assertions.Expect(heading).Not.ToBeEmptyAsync();
                if (language == "ar" && path != article)
                    await Assertions.Expect(heading).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("[\u0600-\u06FF]"), new() { Timeout = 20_000 });
                await Screenshots.SaveAsync(page, $"page-{(path == article ? "article" : path)}-{language}");
            }
        }
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    private static readonly (string Path, string Title)[] OperationsPages =
        [("conflicts", "Conflicts"), ("jobs", "Jobs"), ("feeds", "News feeds"), ("import", "Import")];

    /// <summary>Opens a page and waits until its circuit is live and nothing is loading.</summary>
    private async Task OpenAsync(IPage page, string path)
    {
        await page.GotoAsync(new Uri(fixture.App.BaseAddress, path).ToString());
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
    }

    [Fact]
    public async Task Article_FromAFigure_ShowsTheTextRightToLeftWithTheEvidenceHighlighted()
    {
        var errors = new List<string>();
        var page = await NewPageAsync(errors);
        var figures = new FiguresPage(page);
        await figures.OpenAsync(fixture.App.BaseAddress);
        var id = await figures.FigureIdAsync(0);
        var evidence = await figures.Row(id).Locator(".evidence").InnerTextAsync();

        await figures.Row(id).GetByTestId("evidence-link").ClickAsync();

        var mark = page.GetByTestId($"evidence-{id}");
        await mark.WaitForAsync(new() { Timeout = 20_000 });
        var text = page.GetByTestId("article-text");
        Assert.Equal("rtl", await text.GetAttributeAsync("dir"));
        await Assertions.Expect(text).ToHaveCSSAsync("direction", "rtl");
        var figureSpan = await page.Locator($"[data-testid=article-text] mark").EvaluateAllAsync<string>(
            $"(marks, id) => marks.filter(m => m.dataset.figures.split(' ').includes(id)).map(m => m.textContent).join('')", id);
        Assert.Equal(evidence, figureSpan);
        Assert.Equal(0, await text.Locator("script, b, i, img").CountAsync());
        await Assertions.Expect(page.GetByTestId("selected-evidence")).ToHaveTextAsync(evidence);
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }
}
