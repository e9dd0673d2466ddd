using System.Text;
using CasualtyDashboard.E2E.Tests.Pages;
using Microsoft.Playwright;

namespace CasualtyDashboard.E2E.Tests;

[Collection(DemoAppCollection.Name)]
public sealed class DashboardTests(DemoAppFixture fixture)
{
    private async Task<(IPage Page, List<string> Errors)> NewPageAsync()
    {
        var page = await fixture.Browser.NewSignedInPageAsync(fixture.App.BaseAddress);
        var errors = new List<string>();
        page.Console += (_, m) => { if (m.Type == "error") errors.Add(m.Text); };
        page.Response += (_, r) => { if (r.Status >= 400) errors.Add($"{r.Status} {r.Url}"); };
        return (page, errors);
    }

    /// <summary>
    /// The dashboard once the demo data's reconciled series is drawn (the selects offer what it holds), in
    /// <paramref name="language"/>: for Arabic, switched and drawn again right to left.
    /// </summary>
    private async Task<(IPage Page, List<string> Errors)> OpenReconciledAsync(string language)
    {
        var (page, errors) = await NewPageAsync();
        var dashboard = new DashboardPage(page);
        await dashboard.OpenAsync(fixture.App.BaseAddress);
        await Assertions.Expect(dashboard.ChartTitle).ToContainTextAsync("reconciled cumulative toll", new() { Timeout = 90_000 });
        if (language == "ar")
        {
            await page.GetByTestId("lang-ar").ClickAsync();
            await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("dir", "rtl", new() { Timeout = 20_000 });
            await dashboard.Chart.Locator(".main-svg").First.WaitForAsync(new() { Timeout = 60_000 });
        }
        return (page, errors);
    }

    [Fact]
    public async Task Dashboard_DemoData_DrawsTrendChart_AndSmallMultiplesFollowTheCategories()
    {
        var (page, errors) = await NewPageAsync();
        var dashboard = new DashboardPage(page);

        await dashboard.OpenAsync(fixture.App.BaseAddress);

        await Assertions.Expect(dashboard.ChartTitle).ToContainTextAsync("Killed in Gaza", new() { Timeout = 60_000 });
        Assert.True(await dashboard.Traces.CountAsync() >= 1, "the chart should hold at least one trace of demo figures");
        await Screenshots.SaveAsync(page, "dashboard-killed");

        // Only a live Blazor circuit can react to these clicks: Injured joins as a second panel, then Killed leaves.
        await dashboard.ToggleCategoryAsync("Injured");
        await Assertions.Expect(dashboard.Panels).ToHaveCountAsync(2, new() { Timeout = 20_000 });
        await Assertions.Expect(page.GetByTestId("panel-injured-all")).ToContainTextAsync("Injured in Gaza", new() { Timeout = 20_000 });
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("category=killed(,|%2C)injured"));
        // The first chart, narrowed to half the row, is fitted to its box and still draws its line.
        await page.WaitForFunctionAsync(
            "() => { const box = document.querySelector('[data-testid=trend-chart]'), svg = box?.querySelector('.main-svg');"
            + " return svg && Math.abs(svg.getBoundingClientRect().width - box.getBoundingClientRect().width) < 2; }", null, new() { Timeout = 20_000 });
        await Assertions.Expect(dashboard.Chart.Locator(".scatterlayer .trace .js-line").First).ToBeVisibleAsync(new() { Timeout = 20_000 });
        Assert.True(await dashboard.Chart.EvaluateAsync<bool>("e => [...e.querySelectorAll('.scatterlayer .js-line')].some(p => (p.getAttribute('d') || '').length > 20)"),
            "the first chart's lines should be drawn after it was narrowed");
        await Screenshots.SaveAsync(page, "dashboard-small-multiples");

        await dashboard.ToggleCategoryAsync("Killed");
        await Assertions.Expect(dashboard.Panels).ToHaveCountAsync(1, new() { Timeout = 20_000 });
        await Assertions.Expect(dashboard.ChartTitle).ToContainTextAsync("Injured in Gaza", new() { Timeout = 20_000 });
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Fact]
    public async Task Dashboard_ChangeFilters_UpdatesTheUrl_RedrawsTheChart_AndTheLinkOpensTheSameView()
    {
        var (page, errors) = await NewPageAsync();
        var dashboard = new DashboardPage(page);
        await dashboard.OpenAsync(fixture.App.BaseAddress);
        // The demo data is extracted and reconciled by the app's jobs at start; the reconciled chart follows by itself.
        await Assertions.Expect(dashboard.ChartTitle).ToContainTextAsync("reconciled cumulative toll", new() { Timeout = 90_000 });

        var revision = await dashboard.RevisionAsync();
        await dashboard.ChooseModeAsync("Daily change");
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("[?&]mode=daily"));
        await dashboard.WaitForRedrawAsync(revision);
        await Assertions.Expect(dashboard.ChartTitle).ToContainTextAsync("change between reporting dates", new() { Timeout = 20_000 });
        Assert.Contains("Reconciled change", await dashboard.TraceNamesAsync());
        await Screenshots.SaveAsync(page, "dashboard-daily");

        // The sources of the view, then a link that narrows them to one authority and a date range.
        var names = await dashboard.TraceNamesAsync();
        // The legend names authorities in words, not by their codes.
        const string authority = "gaza_moh", legend = "Gaza Ministry of Health (news)";
        Assert.Contains(legend, names);
        Assert.DoesNotContain(names, n => n.Contains(authority, StringComparison.Ordinal));
        var x = await dashboard.Chart.EvaluateAsync<string[]>("(e, n) => e.data.find(t => t.name === n).x", legend);
        var (from, to) = (x[x.Length / 3], x[^1]);
        var query = $"mode=daily&authority={Uri.EscapeDataString(authority)}&from={from}&to={to}";

        var (shared, sharedErrors) = await NewPageAsync();
        var linked = new DashboardPage(shared);
        await linked.OpenAsync(fixture.App.BaseAddress, query);
        await Assertions.Expect(linked.ChartTitle).ToContainTextAsync("change between reporting dates", new() { Timeout = 20_000 });
        var linkedNames = await linked.TraceNamesAsync();
        Assert.Equal([legend], linkedNames.Where(n => n.EndsWith(" (news)", StringComparison.Ordinal)));
        var dates = await linked.Chart.EvaluateAsync<string[]>("e => e.data.flatMap(t => t.x)");
        Assert.NotEmpty(dates);
        // Days, or the end of a day (the daily change's steps, decision 075).
        Assert.All(dates, d => Assert.True(string.CompareOrdinal(d[..10], from) >= 0 && string.CompareOrdinal(d[..10], to) <= 0, $"{d} is outside {from}..{to}"));
        await Assertions.Expect(linked.DateInput("from")).ToHaveValueAsync(from);

        // Back returns to the view before: cumulative again, redrawn.
        revision = await dashboard.RevisionAsync();
        await page.GoBackAsync();
        await dashboard.WaitForRedrawAsync(revision);
        await Assertions.Expect(dashboard.ChartTitle).ToContainTextAsync("reconciled cumulative toll", new() { Timeout = 20_000 });

        // A date typed into the filter bar narrows the chart and the URL alike.
        var cut = x[x.Length / 2];
        var lastBefore = await dashboard.Chart.EvaluateAsync<string>("e => e.data.find(t => t.name === 'Reconciled').x.at(-1)");
        Assert.True(string.CompareOrdinal(lastBefore, cut) > 0, $"the demo series should run past {cut}");
        revision = await dashboard.RevisionAsync();
        await dashboard.SetDateAsync("to", cut);
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"[?&]to={cut}"));
        await dashboard.WaitForRedrawAsync(revision);
        var last = await dashboard.Chart.EvaluateAsync<string>("e => e.data.find(t => t.name === 'Reconciled').x.at(-1)");
        Assert.True(string.CompareOrdinal(last, cut) <= 0, $"the last point {last} is after {cut}");
        Assert.True(errors.Count == 0 && sharedErrors.Count == 0, string.Join("\n", errors.Concat(sharedErrors)));
    }

    [Fact]
    public async Task Dashboard_DownloadsTheChartAsPngAndSvg()
    {
        var (page, errors) = await NewPageAsync();
        var dashboard = new DashboardPage(page);
        await dashboard.OpenAsync(fixture.App.BaseAddress);

        var png = await dashboard.DownloadAsync("png");
        Assert.EndsWith(".png", png.SuggestedFilename);
        var pngBytes = await ReadAsync(png);
        Assert.True(pngBytes.Length > 1000, $"the PNG has {pngBytes.Length} bytes");
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, pngBytes[..4]);

        var svg = await dashboard.DownloadAsync("svg");
        Assert.EndsWith(".svg", svg.SuggestedFilename);
        var svgText = Encoding.UTF8.GetString(await ReadAsync(svg));
        Assert.StartsWith("<svg", svgText.TrimStart());
        Assert.Contains("Killed in Gaza", svgText);
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    /// <summary>
    /// The subgroup select renders its list only while it is open (decisions 057, 068): opened, it lists the subgroups in
    /// the interface language; the one chosen adds its panel and joins the link, and the closed select names it. By
    /// keyboard: Arrow down opens the list and focuses it, the arrows move, Space toggles the active subgroup, Escape
    /// closes the list and gives the focus back to the select.
    /// </summary>
    [Theory]
    [InlineData("en", "Children")]
    [InlineData("ar", "أطفال")]
    public async Task Dashboard_ASubgroupChosenFromItsList_AddsItsPanel_AndTheSelectNamesIt(string language, string children)
    {
        var (page, errors) = await OpenReconciledAsync(language);

        var subgroup = page.GetByTestId("subgroup");
        var value = subgroup.GetByTestId("select-value");
        await value.ClickAsync();
        await Assertions.Expect(value).ToHaveAttributeAsync("aria-expanded", "true");
        var option = subgroup.GetByRole(AriaRole.Option, new() { Name = children, Exact = true });
        await Screenshots.SaveAsync(page, $"dashboard-subgroup-open-{language}");
        await option.ClickAsync();

        await Assertions.Expect(page.GetByTestId("panel-killed-children")).ToBeVisibleAsync(new() { Timeout = 20_000 });
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("subgroup=[^&]*children"));
        await Assertions.Expect(option).ToHaveAttributeAsync("aria-selected", "true");
        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(subgroup.GetByRole(AriaRole.Listbox)).ToHaveCountAsync(0);
        await Assertions.Expect(value).ToBeFocusedAsync();
        await Assertions.Expect(value).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(children), new() { Timeout = 20_000 });
        await Screenshots.SaveAsync(page, $"dashboard-subgroup-{language}");

        // The keyboard: the list opens focused, on the first chosen subgroup (the whole toll, still chosen); Arrow down and
        // Space toggle the next one, and the link follows.
        await page.Keyboard.PressAsync("ArrowDown");
        var list = subgroup.GetByRole(AriaRole.Listbox);
        await Assertions.Expect(list).ToBeFocusedAsync();
        await Assertions.Expect(list).ToHaveAttributeAsync("aria-activedescendant", new System.Text.RegularExpressions.Regex("-0$"));
        var second = list.GetByRole(AriaRole.Option).Nth(1);
        var wasChosen = await second.GetAttributeAsync("aria-selected") == "true";
        var linkBefore = page.Url;
        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync(" ");
        await Assertions.Expect(second).ToHaveAttributeAsync("aria-selected", wasChosen ? "false" : "true", new() { Timeout = 20_000 });
        await Assertions.Expect(page).Not.ToHaveURLAsync(linkBefore);
        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(list).ToHaveCountAsync(0);
        await Assertions.Expect(value).ToBeFocusedAsync();

        // The dark theme: the list over the page, in the theme's colours.
        await page.GetByTestId("theme-toggle").ClickAsync();
        await value.ClickAsync();
        await Assertions.Expect(list).ToBeVisibleAsync();
        await Screenshots.SaveAsync(page, $"dashboard-subgroup-open-dark-{language}");
        await page.Keyboard.PressAsync("Escape");
        await page.GetByTestId("theme-toggle").ClickAsync();
        if (language == "ar") await page.GetByTestId("lang-en").ClickAsync();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    /// <summary>
    /// Each of the four selects (region, subgroup, authority, outlet) as a user meets them, in either language: labelled in
    /// the interface language, opened by a click on a list of its options over the page, closed by Escape with the focus
    /// back on the field. An authority picked from its list is named in the field and joins the link; the clear button takes
    /// it away again (decision 072: the selects' logic moved into SelectState, the look unchanged).
    /// </summary>
    [Theory]
    [InlineData("en", "Region", "Subgroup", "Authority", "Outlet")]
    [InlineData("ar", "المنطقة", "الفئة الفرعية", "الجهة المصدِرة", "الوسيلة الإعلامية")]
    public async Task Dashboard_FourSelects_OpenTheirListsLabelledInTheLanguage_AndAnAuthorityPickedJoinsTheLink(
        string language, string region, string subgroup, string authority, string outlet)
    {
        var (page, errors) = await OpenReconciledAsync(language);

        foreach (var (testId, label) in new[] { ("region", region), ("subgroup", subgroup), ("authority", authority), ("outlet", outlet) })
        {
            var select = page.GetByTestId(testId);
            var value = select.GetByTestId("select-value");
            await Assertions.Expect(select.Locator("label")).ToHaveTextAsync(label);
            await value.ClickAsync();
            await Assertions.Expect(value).ToHaveAttributeAsync("aria-expanded", "true");
            var list = select.GetByRole(AriaRole.Listbox);
            await Assertions.Expect(list).ToBeVisibleAsync();
            Assert.True(await list.GetByRole(AriaRole.Option).CountAsync() >= 1, $"the {testId} select should list at least one option");
            await Screenshots.SaveAsync(page, $"dashboard-select-{testId}-{language}");
            await page.Keyboard.PressAsync("Escape");
            await Assertions.Expect(list).ToHaveCountAsync(0);
            await Assertions.Expect(value).ToBeFocusedAsync();
        }

        var authorities = page.GetByTestId("authority");
        await authorities.GetByTestId("select-value").ClickAsync();
        var first = authorities.GetByRole(AriaRole.Option).First;
        var name = (await first.TextContentAsync())!.Trim();
        await first.ClickAsync();
        await Assertions.Expect(first).ToHaveAttributeAsync("aria-selected", "true", new() { Timeout = 20_000 });
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("authority="), new() { Timeout = 20_000 });
        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(authorities.GetByTestId("select-value")).ToHaveTextAsync(name, new() { Timeout = 20_000 });
        await Screenshots.SaveAsync(page, $"dashboard-select-authority-chosen-{language}");

        await authorities.GetByTestId("select-clear").ClickAsync();
        await Assertions.Expect(authorities.GetByTestId("select-value")).ToHaveTextAsync("", new() { Timeout = 20_000 });
        await Assertions.Expect(page).Not.ToHaveURLAsync(new System.Text.RegularExpressions.Regex("authority="), new() { Timeout = 20_000 });
        if (language == "ar") await page.GetByTestId("lang-en").ClickAsync();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    /// <summary>
    /// A date filter's calendar exists only while it is open (decision 063): opened from a typed day, it shows that day's
    /// month (Gregorian, in Arabic too); a day picked there closes it, is written yyyy-MM-dd, and joins the link.
    /// </summary>
    [Theory]
    [InlineData("en")]
    [InlineData("ar")]
    public async Task Dashboard_ADayPickedFromTheCalendar_IsWrittenAsIso_AndJoinsTheLink(string language)
    {
        var (page, errors) = await NewPageAsync();
        var dashboard = new DashboardPage(page);
        await dashboard.OpenAsync(fixture.App.BaseAddress);
        if (language == "ar")
        {
            await page.GetByTestId("lang-ar").ClickAsync();
            await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("dir", "rtl", new() { Timeout = 20_000 });
            await dashboard.Chart.Locator(".main-svg").First.WaitForAsync(new() { Timeout = 60_000 });
        }
        await dashboard.SetDateAsync("from", "2024-03-01");
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("from=2024-03-01"), new() { Timeout = 20_000 });

        await page.GetByTestId("from").GetByTestId("date-open").ClickAsync();
        var calendar = page.GetByTestId("from").GetByTestId("date-calendar");
        await Assertions.Expect(calendar).ToBeVisibleAsync(new() { Timeout = 20_000 });
        await Assertions.Expect(calendar.Locator(".mud-picker-calendar-header")).ToContainTextAsync(
            System.Globalization.CultureInfo.GetCultureInfo(language).DateTimeFormat.GetMonthName(3));
        await Screenshots.SaveAsync(page, $"dashboard-calendar-{language}");
        await calendar.Locator(".mud-picker-calendar-day:not(.mud-hidden)").GetByText("14", new() { Exact = true }).ClickAsync();

        await Assertions.Expect(calendar).ToHaveCountAsync(0, new() { Timeout = 20_000 });
        await Assertions.Expect(dashboard.DateInput("from")).ToHaveValueAsync("2024-03-14", new() { Timeout = 20_000 });
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("from=2024-03-14"), new() { Timeout = 20_000 });
        if (language == "ar") await page.GetByTestId("lang-en").ClickAsync();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Fact]
    public async Task Dashboard_InArabic_DrawsTheChartWithArabicTitlesRightToLeft()
    {
        var (page, errors) = await NewPageAsync();
        var dashboard = new DashboardPage(page);
        await dashboard.OpenAsync(fixture.App.BaseAddress);
        await dashboard.ToggleCategoryAsync("Injured");
        await Assertions.Expect(dashboard.Panels).ToHaveCountAsync(2, new() { Timeout = 20_000 });

        await page.GetByTestId("lang-ar").ClickAsync();
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("dir", "rtl", new() { Timeout = 20_000 });
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("لوحة المتابعة");
        // The language switch returns to the view as changed in the page (its URL): both panels, titled in Arabic.
        await Assertions.Expect(dashboard.ChartTitle).ToContainTextAsync("القتلى في غزة", new() { Timeout = 60_000 });
        await Assertions.Expect(page.GetByTestId("panel-injured-all")).ToContainTextAsync("الجرحى في غزة", new() { Timeout = 20_000 });
        await Screenshots.SaveAsync(page, "dashboard-ar");

        await page.GetByTestId("lang-en").ClickAsync();
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("dir", "ltr", new() { Timeout = 20_000 });
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Theory]
    [InlineData("en")]
    [InlineData("ar")]
    public async Task Dashboard_AHoverTipBesideTheDrawer_StaysClearOfIt_AndTheDarkThemesChartIsDark(string language)
    {
        var (page, errors) = await NewPageAsync();
        await page.SetViewportSizeAsync(1280, 900);
        var dashboard = new DashboardPage(page);
        await dashboard.OpenAsync(fixture.App.BaseAddress);
        if (language == "ar")
        {
            await page.GetByTestId("lang-ar").ClickAsync();
            await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("dir", "rtl", new() { Timeout = 20_000 });
        }
        await Assertions.Expect(dashboard.ChartTitle).ToContainTextAsync(language == "ar" ? "القتلى في غزة" : "Killed in Gaza", new() { Timeout = 60_000 });
        await page.WaitForFunctionAsync("() => Number(document.querySelector('[data-testid=trend-chart]')?.dataset.revision ?? 0) >= 1", null, new() { Timeout = 20_000 });

        // The reconciled line's point nearest the drawer: its first day in English (drawer on the left), its last in Arabic
        // (drawer on the right). plotly puts the tip beside the point, on the side with room.
        var (x, y) = await dashboard.PointPositionAsync(nearestStart: language == "en");
        await page.Mouse.MoveAsync((float)x, (float)y);
        var tip = page.Locator("[data-testid=trend-chart] .hoverlayer .hovertext").First;
        await tip.WaitForAsync(new() { Timeout = 10_000 });
        Assert.Null(await dashboard.OverlapWithTheDrawerAsync(tip));
        await Screenshots.SaveAsync(page, $"dashboard-hover-{language}");
        await page.Mouse.MoveAsync(5, 895);

        // Dark: the page's background shows through the chart, and its words take the theme's text colour.
        const string tickFill = "() => getComputedStyle(document.querySelector('[data-testid=trend-chart] .xtick text')).fill";
        var lightTicks = await page.EvaluateAsync<string>(tickFill);
        await page.GetByTestId("theme-toggle").ClickAsync();
        await page.WaitForFunctionAsync($"f => ({tickFill})() !== f", lightTicks, new() { Timeout = 10_000 });
        var theme = await page.EvaluateAsync<string[]>("""
            () => {
                const chart = document.querySelector('[data-testid=trend-chart] .js-plotly-plot');
                const probe = document.createElement('span');
                probe.style.color = 'var(--mud-palette-text-primary)';
                document.body.appendChild(probe);
                const text = getComputedStyle(probe).color;
                probe.remove();
                return [getComputedStyle(chart.querySelector('.main-svg')).backgroundColor, getComputedStyle(chart.querySelector('.bg')).fillOpacity,
                        getComputedStyle(chart.querySelector('.xtick text')).fill, getComputedStyle(chart.querySelector('.gtitle')).fill, text,
                        getComputedStyle(document.body).backgroundColor,
                        getComputedStyle(chart.querySelector('.scatterlayer .js-line[style*="rgb(34, 34, 34)"]')).stroke];
            }
            """);
        Assert.Equal("rgba(0, 0, 0, 0)", theme[0]); // plotly's paper
        Assert.Equal("0", theme[1]);                // plotly's plot area (its fill without opacity)
        Assert.Equal(theme[4], theme[2]);           // the tick labels
        Assert.Equal(theme[4], theme[3]);           // the title
        Assert.NotEqual("rgb(255, 255, 255)", theme[5]);
        Assert.Equal(theme[4], theme[6]);           // the reconciled line, drawn in ink, in the theme's text colour
        await Screenshots.SaveAsync(page, $"dashboard-dark-{language}");
        await page.GetByTestId("theme-toggle").ClickAsync();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    /// <summary>
    /// plotly's mode bar sits at each chart's top right; a centred title long enough to reach it (Arabic titles, two panels a
    /// row) ran under its buttons. The title has a line of its own below the bar, in either language and width.
    /// </summary>
    [Theory]
    [InlineData("en", "Injured")]
    [InlineData("ar", "الجرحى")]
    public async Task Dashboard_ChartTitles_KeepClearOfPlotlysModeBar_OnePanelOrTwo(string language, string injured)
    {
        var (page, errors) = await OpenReconciledAsync(language);
        await page.SetViewportSizeAsync(1280, 900);
        var dashboard = new DashboardPage(page);
        await dashboard.Chart.Locator(".modebar").WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = 20_000 });
        Assert.Null(await DashboardPage.OverlapAsync(dashboard.ChartTitle, dashboard.Chart.Locator(".modebar")));

        await dashboard.ToggleCategoryAsync(injured);
        await Assertions.Expect(dashboard.Panels).ToHaveCountAsync(2, new() { Timeout = 20_000 });
        var second = page.GetByTestId("trend-chart-2").Locator(".js-plotly-plot");
        await second.Locator(".modebar").WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = 20_000 });
        // Both charts fitted to half the row before they are measured.
        await page.WaitForFunctionAsync(
            "() => [...document.querySelectorAll('.figure-chart')].every(b => { const svg = b.querySelector('.main-svg');"
            + " return svg && Math.abs(svg.getBoundingClientRect().width - b.getBoundingClientRect().width) < 2; })", null, new() { Timeout = 20_000 });
        foreach (var chart in new[] { dashboard.Chart, second })
        {
            await chart.HoverAsync(); // plotly shows the bar while the pointer is over the chart
            Assert.True((await chart.Locator(".gtitle").BoundingBoxAsync())!.Width > 200, "the title is drawn");
            Assert.Null(await DashboardPage.OverlapAsync(chart.Locator(".gtitle"), chart.Locator(".modebar")));
        }
        await Screenshots.SaveAsync(page, $"dashboard-titles-and-mode-bar-{language}");
        if (language == "ar") await page.GetByTestId("lang-en").ClickAsync();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Fact]
    public async Task Dashboard_ADateRange_FitsTheCumulativeAxisToItsValues_NotFromZero()
    {
        var (page, errors) = await NewPageAsync();
        var dashboard = new DashboardPage(page);
        await dashboard.OpenAsync(fixture.App.BaseAddress);
        await Assertions.Expect(dashboard.ChartTitle).ToContainTextAsync("reconciled cumulative toll", new() { Timeout = 90_000 });
        Assert.Equal(0, await dashboard.Chart.EvaluateAsync<double>("e => e._fullLayout.yaxis.range[0]"));

        var x = await dashboard.Chart.EvaluateAsync<string[]>("e => e.data.find(t => t.name === 'Reconciled').x");
        var from = x[x.Length / 2];
        var (linked, linkedErrors) = await NewPageAsync();
        var ranged = new DashboardPage(linked);
        await ranged.OpenAsync(fixture.App.BaseAddress, $"from={from}");
        await Assertions.Expect(ranged.ChartTitle).ToContainTextAsync("reconciled cumulative toll", new() { Timeout = 20_000 });
        var lowest = await ranged.Chart.EvaluateAsync<double>("e => Math.min(...e.data.find(t => t.name === 'Reconciled').y)");
        var axisStart = await ranged.Chart.EvaluateAsync<double>("e => e._fullLayout.yaxis.range[0]");
        Assert.True(axisStart > 0 && axisStart <= lowest, $"the axis starts at {axisStart}, the lowest value drawn is {lowest}");
        Assert.True(errors.Count == 0 && linkedErrors.Count == 0, string.Join("\n", errors.Concat(linkedErrors)));
    }

    [Fact]
    public async Task Dashboard_AnUnknownRegionInTheLink_IsNamedAsUnknown()
    {
        var (page, errors) = await NewPageAsync();
        await page.GotoAsync(fixture.App.BaseAddress + "?region=atlantis");

        await Assertions.Expect(page.GetByTestId("unknown-region")).ToContainTextAsync("'atlantis'", new() { Timeout = 60_000 });
        await Assertions.Expect(page.GetByTestId("no-data")).ToContainTextAsync("unknown");
        await Assertions.Expect(page.GetByTestId("no-data")).Not.ToContainTextAsync("extraction");
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Fact]
    public async Task Dashboard_PointDetail_ShowsTheWholeSentence_AndOpensTheArticleAtTheFigure()
    {
        var (page, errors) = await NewPageAsync();
        var dashboard = new DashboardPage(page);
        await dashboard.OpenAsync(fixture.App.BaseAddress);
        await Assertions.Expect(dashboard.ChartTitle).ToContainTextAsync("reconciled cumulative toll", new() { Timeout = 90_000 });
        await dashboard.ClickFirstPointAsync();
        await Assertions.Expect(dashboard.PointDetail).ToBeVisibleAsync(new() { Timeout = 20_000 });

        var sentence = dashboard.PointDetail.GetByTestId("claim-sentence").First;
        await Assertions.Expect(sentence).ToBeVisibleAsync(new() { Timeout = 20_000 });
        var span = await sentence.Locator("mark").InnerTextAsync();
        var whole = await sentence.InnerTextAsync();
        Assert.True(whole.Length > span.Length, $"the sentence '{whole}' should hold more than its evidence '{span}'");
        await Screenshots.SaveAsync(page, "dashboard-point-detail");

        var link = dashboard.PointDetail.GetByTestId("open-article").First;
        Assert.Matches("^articles/\\d+\\?figure=\\d+$", await link.GetAttributeAsync("href"));
        await link.ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/articles/\\d+\\?figure=\\d+$"));
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Fact]
    public async Task Shell_InArabic_IsRightToLeft_WithTheNavigationAndThemeToggle()
    {
        var (page, errors) = await NewPageAsync();
        var dashboard = new DashboardPage(page);
        await dashboard.OpenAsync(fixture.App.BaseAddress);
        await page.GetByTestId("lang-ar").ClickAsync();
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("dir", "rtl", new() { Timeout = 20_000 });
        await Assertions.Expect(page.Locator(".mud-application-layout-rtl").First).ToBeAttachedAsync(new() { Timeout = 20_000 });
        await Assertions.Expect(page.GetByTestId("sidebar")).ToContainTextAsync("التعارضات");
        await Assertions.Expect(dashboard.ChartTitle).ToContainTextAsync("القتلى في غزة", new() { Timeout = 60_000 });
        // plotly's Arabic locale is registered: the month names on the time axis are Arabic.
        await Assertions.Expect(dashboard.Chart.Locator(".xtick").First).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("[\\u0600-\\u06FF]"), new() { Timeout = 20_000 });
        await Screenshots.SaveAsync(page, "shell-ar");

        const string background = "() => getComputedStyle(document.body).backgroundColor";
        var light = await page.EvaluateAsync<string>(background);
        await page.GetByTestId("theme-toggle").ClickAsync();
        await page.WaitForFunctionAsync($"b => ({background})() !== b", light, new() { Timeout = 10_000 });
        await Screenshots.SaveAsync(page, "shell-ar-dark");
        await page.GetByTestId("lang-en").ClickAsync();
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("dir", "ltr", new() { Timeout = 20_000 });
        await Assertions.Expect(dashboard.ChartTitle).ToContainTextAsync("Killed in Gaza", new() { Timeout = 60_000 });
        await Screenshots.SaveAsync(page, "shell-en");
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    private static async Task<byte[]> ReadAsync(IDownload download)
    {
        await using var stream = await download.CreateReadStreamAsync();
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy);
        return copy.ToArray();
    }
}
