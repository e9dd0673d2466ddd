using CasualtyDashboard.Web.Services;
using CasualtyDashboard.Reconciliation.Messages;
using CasualtyDashboard.Data.Queries;
using CasualtyDashboard.Web.Components.Charts;
using CasualtyDashboard.Web.Resources;
using CasualtyDashboard.Web.Services.Dashboard;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CasualtyDashboard.Web.Tests.Dashboard;

/// <summary>The dashboard's figure from stored points, with the app's real (English) resources.</summary>
public sealed class DashboardFigureBuilderTests
{
    private static readonly StringLocalizer<SharedResource> Localizer = new(
        new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance));
    private static readonly DashboardFigureBuilder Builder = new(Localizer, new CodeNames(Localizer));

    private const string Series = "gaza/killed/all/cumulative/2023-10-07";

    private static ClaimView Claim(long id, long value, string authority, string? outlet, bool reference = false) =>
        new(id, value, "exact", authority, reference, outlet, reference ? null : id, null, null, "evidence " + id, "current", true);

    private static PointView Point(string day, long value, long? change, int? days, params ClaimView[] claims) =>
        new(1, $"{Series}@{day}", DateOnly.Parse(day), value, "authority_priority", Message.Verbatim("why"), [claims[0].Id],
            claims.Min(c => c.Value), claims.Max(c => c.Value), change, days, 0, 0, claims);

    private static readonly IReadOnlyList<PointView> Points =
    [
        Point("2024-01-01", 100, null, null, Claim(1, 100, "gaza_moh", "Al Jazeera"), Claim(2, 90, "un_ocha", "BBC Arabic"), Claim(-1, 100, "gaza_moh", null, reference: true)),
        Point("2024-01-02", 130, 30, 1, Claim(3, 130, "gaza_moh", "Al Jazeera"), Claim(-2, 130, "gaza_moh", null, reference: true)),
        Point("2024-01-05", 200, 70, 3, Claim(4, 200, "gaza_moh", "BBC Arabic"), Claim(5, 180, "un_ocha", "BBC Arabic"), Claim(-3, 199, "gaza_moh", null, reference: true)),
    ];

    private static PlotlyTrace Trace(PlotlyFigure figure, string name) => Assert.Single(figure.Data, t => t.Name == name);

    /// <summary>
    /// A point's hover as plotly writes it from the trace's template: the parts our templates use (<c>%{x|%Y-%m-%d}</c>,
    /// <c>%{fullData.name}</c>, <c>%{text}</c> and <c>%{y:...}</c> with d3's <c>,</c> <c>+,</c> <c>+,.1f</c>).
    /// </summary>
    private static string Hover(PlotlyTrace trace, int i)
    {
        static string Format(object? value, string format)
        {
            var number = Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture);
            var written = number.ToString(format.EndsWith(".1f", StringComparison.Ordinal) ? "#,0.0" : format.Contains(',', StringComparison.Ordinal) ? "#,0" : "0.##",
                System.Globalization.CultureInfo.InvariantCulture);
            return format.StartsWith('+') && number >= 0 ? "+" + written : written;
        }
        var template = trace.Hovertemplate!.Replace("<extra></extra>", "", StringComparison.Ordinal);
        return System.Text.RegularExpressions.Regex.Replace(template, @"%\{([^}:|]+)(?:[:|]([^}]*))?\}", m => m.Groups[1].Value switch
        {
            // plotly's %Y-%m-%d writes the day of a date and time ("2024-01-02 23:59:59.999", a daily step's point).
            "x" => m.Groups[2].Value == "%Y-%m-%d" ? trace.X[i][..10] : trace.X[i],
            "fullData.name" => trace.Name,
            "text" => trace.Text?[i] ?? "",
            "y" => Format(trace.Y[i], m.Groups[2].Value),
            var other => throw new InvalidOperationException("not in plotly's template subset here: " + other),
        }).Trim();
    }

    [Fact]
    public void Cumulative_DrawsBandSourcesAndTheReconciledLine_EveryPointKeyed()
    {
        var figure = Builder.Build(Points, [], DashboardView.Default, Series, "t", "Killed", "f", 400);

        Assert.Equal(["Low of the sources", "Range of the sources (low–high)", "Gaza Ministry of Health (published series)", "Gaza Ministry of Health (news)", "UN OCHA (news)", "Reconciled"],
            figure.Data.Select(t => t.Name));
        Assert.Equal([100, 130, 200], Trace(figure, "Reconciled").Y.Select(y => y!.Value));
        Assert.Equal([90, 130, 180], figure.Data[0].Y.Select(y => y!.Value));
        Assert.Equal([100, 130, 200], figure.Data[1].Y.Select(y => y!.Value));
        // A click reports the day; with the layout's prefix that is the point's key.
        Assert.Equal(["2024-01-01", "2024-01-05"], Trace(figure, "UN OCHA (news)").X);
        Assert.Equal($"{Series}@", figure.Layout.PointKeyPrefix);
        Assert.Equal(Points[0].Key, figure.Layout.PointKeyPrefix + Trace(figure, "UN OCHA (news)").X[0]);
        Assert.Equal("via BBC Arabic", Trace(figure, "UN OCHA (news)").Text![0]);
        Assert.True(figure.Layout.YFromZero);
    }

    [Fact]
    public void Daily_InArabic_JoinsAStepsSpanAndItsTotalWithTheArabicComma()
    {
        var ui = System.Globalization.CultureInfo.CurrentUICulture;
        try
        {
            System.Globalization.CultureInfo.CurrentUICulture = System.Globalization.CultureInfo.GetCultureInfo("ar");
            var figure = Builder.Build(Points, [], DashboardView.Default with { Mode = DashboardMode.Daily }, Series, "t", "Killed", "f", 400);

            var change = figure.Data.Single(t => t.Fill == "tozeroy");
            var step = change.Text![5];
            Assert.Contains("، 200 إجمالًا", step, StringComparison.Ordinal);
            Assert.DoesNotContain(", ", step, StringComparison.Ordinal);
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentUICulture = ui;
        }
    }

    [Theory]
    [InlineData("en", "authority priority")]
    [InlineData("ar", "أولوية الجهة المصدِرة")]
    public void ReconciledHover_NamesTheRuleInTheInterfaceLanguage_NotItsCode(string language, string rule)
    {
        var ui = System.Globalization.CultureInfo.CurrentUICulture;
        try
        {
            System.Globalization.CultureInfo.CurrentUICulture = language == "en"
                ? System.Globalization.CultureInfo.InvariantCulture : System.Globalization.CultureInfo.GetCultureInfo(language);
            var figure = Builder.Build(Points, [], DashboardView.Default, Series, "t", "Killed", "f", 400);

            var reconciled = figure.Data.Single(t => t.Mode.StartsWith("lines", StringComparison.Ordinal) && t.Line?.Color == "#222222");
            Assert.Equal([rule, rule, rule], reconciled.Text);
            Assert.Contains("(" + rule + ")", Hover(reconciled, 0), StringComparison.Ordinal);
            Assert.DoesNotContain("authority_priority", Hover(reconciled, 0), StringComparison.Ordinal);
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentUICulture = ui;
        }
    }

    [Fact]
    public void Daily_DrawsTheChangePerDay_AsOneStepSpanningTheDaysEachCovers_AndEachSourcesOwnChangesPerDay()
    {
        var figure = Builder.Build(Points, [], DashboardView.Default with { Mode = DashboardMode.Daily }, Series, "t", "Killed", "f", 400);

        Assert.DoesNotContain(figure.Data, t => t.Name.StartsWith("Range", StringComparison.Ordinal));
        var change = Trace(figure, "Reconciled change");
        // One filled step line (decision 075), each point at the end of its day, held back to the previous one ("vh"): the
        // step of +70 over three days spans 2024-01-03 to 2024-01-05; a first point at the start of the first span draws it.
        // A step over several days has a point at the start of each of its days too, so that a hover anywhere over it
        // answers (decision 080).
        Assert.Equal(("scatter", "lines", "vh", "tozeroy"), (change.Type, change.Mode, change.Line!.Shape, change.Fill));
        Assert.Equal(["2024-01-02", "2024-01-02 23:59:59.999", "2024-01-03", "2024-01-04", "2024-01-05", "2024-01-05 23:59:59.999"], change.X);
        // +30 in one day, +70 over three days: 30 and 23.3 a day.
        Assert.Equal([30, 30, 23.3, 23.3, 23.3, 23.3], change.Y.Select(y => y!.Value));
        Assert.Null(change.Width);
        // A change over several days names them; over one day, the hover's day and per-day value say it (decision 062).
        Assert.Equal("2024-01-05 reconciled +23.3/day (+70 over 3 days, 2024-01-03 to 2024-01-05, 200 in total)", Hover(change, 5));
        Assert.Equal("2024-01-04 reconciled +23.3/day (+70 over 3 days, 2024-01-03 to 2024-01-05, 200 in total)", Hover(change, 3));
        Assert.Equal(change.Text![5], change.Text[2]);
        Assert.Equal("2024-01-02 reconciled +30.0/day (130 in total)", Hover(change, 1));
        Assert.Equal(Hover(change, 1), Hover(change, 0));
        // A click on a step's point opens its day's point.
        Assert.Equal("k@2024-01-05", PlotlyFigureMapping.PointKey("k@", change.X[5]));
        Assert.Contains("/day", change.Hovertemplate);
        var news = Trace(figure, "Gaza Ministry of Health (news)");
        Assert.Equal([30, 23.3], news.Y.Select(y => y!.Value));
        Assert.Equal([22.5], Trace(figure, "UN OCHA (news)").Y.Select(y => y!.Value));
        Assert.Equal("2024-01-05 UN OCHA (news): +22.5/day (90 → 180, +90 over 4 days, 2024-01-02 to 2024-01-05) via BBC Arabic",
            Hover(Trace(figure, "UN OCHA (news)"), 0));
        Assert.Equal("2024-01-02 Gaza Ministry of Health (news): +30.0/day (100 → 130) via Al Jazeera", Hover(news, 0));
        Assert.Equal("2024-01-05 Gaza Ministry of Health (news): +23.3/day (130 → 200, +70 over 3 days, 2024-01-03 to 2024-01-05) via BBC Arabic", Hover(news, 1));
        Assert.False(figure.Layout.YFromZero);
    }

    [Fact]
    public void CumulativeYAxis_StartsAtZero_OnlyWhenTheChartStartsWithTheSeries()
    {
        var ranged = DashboardView.Default with { From = new DateOnly(2024, 1, 2) };

        Assert.True(Builder.Build(Points, [], DashboardView.Default with { To = new DateOnly(2024, 1, 2) }, Series, "t", "Killed", "f", 400).Layout.YFromZero);
        Assert.False(Builder.Build(Points.Skip(1).ToList(), [], ranged, Series, "t", "Killed", "f", 400).Layout.YFromZero);
        Assert.False(DashboardFigureBuilder.YFromZero(ranged with { Mode = DashboardMode.Daily }));
    }

    [Fact]
    public void AuthorityAndOutletFilters_NarrowTheSourcesAndTheBand_ButKeepThePublishedSeries()
    {
        var view = DashboardView.Default with { Outlets = ["BBC Arabic"] };
        var figure = Builder.Build(Points, [], view, Series, "t", "Killed", "f", 400);

        Assert.Equal(["Gaza Ministry of Health (published series)", "Gaza Ministry of Health (news)", "UN OCHA (news)"],
            figure.Data.Where(t => t.Name.EndsWith(')') && !t.Name.StartsWith("Range", StringComparison.Ordinal)).Select(t => t.Name));
        Assert.Equal(["2024-01-05"], Trace(figure, "Gaza Ministry of Health (news)").X);
        // The band spans the sources drawn: on 2024-01-02 only the published series (130) remains.
        Assert.Equal([90, 130, 180], Trace(figure, "Low of the sources").Y.Select(y => y!.Value));
        Assert.Equal([100, 130, 200], Trace(figure, "Range of the sources (low–high)").Y.Select(y => y!.Value));

        var onlyOcha = Builder.Build(Points, [], DashboardView.Default with { Authorities = ["un_ocha"] }, Series, "t", "Killed", "f", 400);
        Assert.Equal(["UN OCHA (news)"], onlyOcha.Data.Where(t => t.Name.EndsWith("(news)", StringComparison.Ordinal) || t.Name.EndsWith("series)", StringComparison.Ordinal)).Select(t => t.Name));
        Assert.Equal(["2024-01-01", "2024-01-05"], Trace(onlyOcha, "Low of the sources").X);
    }

    [Fact]
    public void Notes_AreMarkedOnTheirPoint_WithTheirTextEscapedForPlotly()
    {
        AnnotationView note = new(7, null, $"{Series}@2024-01-02", "Revised <b>down</b> & \"re-issued\"", ["revision"], "ana", DateTime.UtcNow, null, null, 1, false);
        AnnotationView deleted = note with { Id = 8, Text = "gone", Deleted = true };
        AnnotationView elsewhere = note with { Id = 9, PointKey = "other@2024-01-02" };

        var figure = Builder.Build(Points, [note, deleted, elsewhere], DashboardView.Default, Series, "t", "Killed", "f", 400);

        var notes = Trace(figure, "Notes");
        Assert.Equal(["2024-01-02"], notes.X);
        Assert.Equal([130], notes.Y.Select(y => y!.Value));
        Assert.Equal("Revised &lt;b&gt;down&lt;/b&gt; &amp; &#34;re-issued&#34; [revision] (ana)", Assert.Single(notes.Text!));

        var daily = Builder.Build(Points, [note], DashboardView.Default with { Mode = DashboardMode.Daily }, Series, "t", "Killed", "f", 400);
        Assert.Equal([30], Trace(daily, "Notes").Y.Select(y => y!.Value));
    }

    [Fact]
    public void ManyNewsMarkers_AreListedInTheLegendButNotDrawn_PublishedLinesStay()
    {
        var start = new DateOnly(2024, 1, 1);
        var many = Enumerable.Range(0, 800).Select(d =>
        {
            var day = start.AddDays(d).ToString("yyyy-MM-dd");
            return Point(day, 100 + d, 1, 1, Claim(d * 3 + 1, 100 + d, "gaza_moh", "Al Jazeera"), Claim(d * 3 + 2, 100 + d, "un_ocha", "BBC Arabic"),
                Claim(-(d + 1), 100 + d, "gaza_moh", null, reference: true));
        }).ToList();

        var figure = Builder.Build(many, [], DashboardView.Default, Series, "t", "Killed", "f", 400);

        Assert.Equal("legendonly", Trace(figure, "Gaza Ministry of Health (news)").Visible);
        Assert.Equal("legendonly", Trace(figure, "UN OCHA (news)").Visible);
        Assert.Null(Trace(figure, "Gaza Ministry of Health (published series)").Visible);
        Assert.Equal("lines", Trace(figure, "Reconciled").Mode);
        // Folded sources are sent without their points (decision 067): a legend entry with its style and hover template,
        // and the key the chart asks for the points by when the analyst shows it.
        var folded = Trace(figure, "Gaza Ministry of Health (news)");
        Assert.Equal("gaza_moh", folded.Deferred);
        Assert.Equal(["2024-01-01"], folded.X); // one placeholder without a value: plotly lists no trace without points
        Assert.Equal([null], folded.Y);
        Assert.Null(folded.Text);
        Assert.Equal("markers", folded.Mode);
        Assert.Contains("%{text}", folded.Hovertemplate, StringComparison.Ordinal);
        Assert.Equal(800, Trace(figure, "Gaza Ministry of Health (published series)").X.Count);
        Assert.Null(Trace(figure, "Gaza Ministry of Health (published series)").Deferred);
        // Under the budget (one authority: 800 markers) the sources are drawn.
        var one = Builder.Build(many, [], DashboardView.Default with { Authorities = ["un_ocha"] }, Series, "t", "Killed", "f", 400);
        Assert.Null(Trace(one, "UN OCHA (news)").Visible);
        Assert.Null(Builder.Build(Points, [], DashboardView.Default, Series, "t", "Killed", "f", 400).Data.FirstOrDefault(t => t.Visible is not null));
    }

    private static List<PointView> ManyDays(int days, Func<int, string> outlet) => Enumerable.Range(0, days).Select(d =>
    {
        var day = new DateOnly(2024, 1, 1).AddDays(d).ToString("yyyy-MM-dd");
        return Point(day, 100 + 2 * d, 2, 1, Claim(d * 3 + 1, 100 + 2 * d, "gaza_moh", outlet(d)), Claim(d * 3 + 2, 99 + 2 * d, "un_ocha", "BBC Arabic"),
            Claim(-(d + 1), 100 + 2 * d, "gaza_moh", null, reference: true));
    }).ToList();

    [Theory]
    [InlineData(DashboardMode.Cumulative)]
    [InlineData(DashboardMode.Daily)]
    public void AFoldedSourceAskedFor_IsTheTraceTheChartWouldHaveDrawn_WithItsPointsAndHovers(DashboardMode mode)
    {
        var many = ManyDays(800, d => d % 2 == 0 ? "Al Jazeera" : "RT Arabic");
        var view = DashboardView.Default with { Mode = mode };
        var figure = Builder.Build(many, [], view, Series, "t", "Killed", "f", 400);
        var stub = Trace(figure, "Gaza Ministry of Health (news)");

        var drawn = Builder.FoldedSource(many, view, "gaza_moh");

        Assert.NotNull(drawn);
        Assert.Equal(stub.Name, drawn.Name);
        Assert.Equal(stub.Hovertemplate, drawn.Hovertemplate);
        Assert.Equal(stub.Marker, drawn.Marker);
        Assert.Null(drawn.Deferred);
        Assert.Null(drawn.Visible); // shown: the legend's click made it visible in the browser already
        Assert.Equal(mode == DashboardMode.Daily ? 799 : 800, drawn.X.Count);
        Assert.Equal(drawn.X.Count, drawn.Y.Count);
        Assert.Equal(drawn.X.Count, drawn.Text!.Count);
        Assert.Equal("2024-01-02", drawn.X[mode == DashboardMode.Daily ? 0 : 1]);
        Assert.Contains("RT Arabic", Hover(drawn, mode == DashboardMode.Daily ? 0 : 1), StringComparison.Ordinal); // day 2's outlet
        Assert.Null(Builder.FoldedSource(many, view, "nobody"));
        Assert.Null(Builder.FoldedSource(many, view with { Authorities = ["un_ocha"] }, "gaza_moh"));
    }

    [Fact]
    public void AFigureWithFoldedSources_IsAnotherChart_WhenOnlyAFoldedSourcesPointsDiffer()
    {
        // The same reconciled line and published series; only what one folded news source says differs (its outlets).
        var one = Builder.Build(ManyDays(800, _ => "Al Jazeera"), [], DashboardView.Default with { Mode = DashboardMode.Daily }, Series, "t", "Killed", "f", 400);
        var other = Builder.Build(ManyDays(800, d => d == 400 ? "RT Arabic" : "Al Jazeera"), [], DashboardView.Default with { Mode = DashboardMode.Daily }, Series, "t", "Killed", "f", 400);

        // The same traces are sent (the JSON of the figure would differ by its hash)...
        Assert.Equal(System.Text.Json.JsonSerializer.Serialize(one.Data), System.Text.Json.JsonSerializer.Serialize(other.Data));
        Assert.False(one.SameContent(other)); // ...but a chart drawing the first redraws for the second: its folded points are other
    }

    [Fact]
    public void HostileSourceNames_AreEscapedInNamesAndHover()
    {
        PointView point = Point("2024-01-01", 5, null, null, Claim(1, 5, "<img src=x onerror=alert(1)>", "<script>"));

        var figure = Builder.Build([point], [], DashboardView.Default, Series, "t", "Killed", "f", 400);

        var json = figure.ToJson();
        Assert.DoesNotContain("<img", json);
        Assert.DoesNotContain("<script", json);
        Assert.Contains(figure.Data, t => t.Name.StartsWith("&lt;img", StringComparison.Ordinal));
    }
}
