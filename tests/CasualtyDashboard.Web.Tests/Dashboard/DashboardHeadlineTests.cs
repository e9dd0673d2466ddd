using CasualtyDashboard.Web.Services;
using CasualtyDashboard.Reconciliation.Messages;
using System.Globalization;
using CasualtyDashboard.Data.Queries;
using CasualtyDashboard.Reconciliation;
using CasualtyDashboard.Reconciliation.Series;
using CasualtyDashboard.Web.Resources;
using CasualtyDashboard.Web.Services.Dashboard;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CasualtyDashboard.Web.Tests.Dashboard;

public sealed class DashboardHeadlineTests
{
    private static ClaimView Claim(long id, long value, string? outlet, string role = "current", bool reference = false) =>
        new(id, value, "exact", "gaza_moh", reference, outlet, reference ? null : id, null, null, "evidence " + id, role, true);

    private static PointView Point(long value, int open, params ClaimView[] claims) =>
        new(1, "k@2024-11-01", new DateOnly(2024, 11, 1), value, "own_publication", Message.Verbatim("why"), [claims[0].Id], 0, 0, null, null, open, open, claims);

    [Fact]
    public void Of_OwnBulletinConfirmedByAWire_IsHigh_StaleAndOtherValuesNotCounted()
    {
        var headline = DashboardHeadline.Of(Point(43259, 0,
            Claim(1, 43259, "Wire", "history"), Claim(2, 43259, "وزارة الصحة في غزة (عرض)"), Claim(3, 43204, "Paper", "restatement"), Claim(4, 40000, "Radio", "history")),
            new ReconciliationOptions())!;

        Assert.Equal((43259L, "وزارة الصحة في غزة (عرض)", 2, HeadlineConfidence.High), (headline.Value, headline.Outlet, headline.AgreeingSources, headline.Confidence));
        Assert.Equal("evidence 2", headline.Evidence);
    }

    [Fact]
    public void Of_OneSecondaryQuote_IsLow_AndOpenConflictsMakeItContested()
    {
        var options = new ReconciliationOptions();

        Assert.Equal(HeadlineConfidence.Low, DashboardHeadline.Of(Point(2716, 0, Claim(1, 2716, "RT")), options)!.Confidence);
        Assert.Equal(HeadlineConfidence.Contested, DashboardHeadline.Of(Point(2719, 1, Claim(1, 2719, null, reference: true), Claim(2, 2716, "RT")), options)!.Confidence);
    }

    [Fact]
    public void Describe_InArabic_WritesTheNumberAsTheChartAndTheClaimCardsDo()
    {
        var headline = DashboardHeadline.Of(Point(43204, 0, Claim(1, 43204, "Wire")), new ReconciliationOptions())!;
        var ui = CultureInfo.CurrentUICulture;
        var culture = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("ar");
            var l = new StringLocalizer<SharedResource>(
                new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance));
            var text = headline.Describe(l, new CodeNames(l)).Value;

            Assert.Contains("43,204", text, StringComparison.Ordinal);
            Assert.Contains("2024-11-01", text, StringComparison.Ordinal);
            Assert.DoesNotContain("٬", text, StringComparison.Ordinal);
            Assert.Contains(text, c => c is >= '\u0600' and <= '\u06FF');
            Assert.DoesNotContain("gaza_moh", text, StringComparison.Ordinal);
            Assert.Contains("وزارة الصحة في غزة", text, StringComparison.Ordinal);
        }
        finally
        {
            CultureInfo.CurrentUICulture = ui;
            CultureInfo.CurrentCulture = culture;
        }
    }

    [Theory]
    [InlineData("en", "1 independent source agrees")]
    [InlineData("ar", "يتفق عليها مصدر مستقل واحد")]
    public void Describe_CountsItsSources_InTheFormTheNumberTakes(string language, string expected)
    {
        var headline = DashboardHeadline.Of(Point(43204, 0, Claim(1, 43204, "Wire")), new ReconciliationOptions())!;
        var ui = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = language == "en" ? CultureInfo.InvariantCulture : CultureInfo.GetCultureInfo(language);
            var l = new StringLocalizer<SharedResource>(
                new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance));
            var text = headline.Describe(l, new CodeNames(l)).Value;

            Assert.Equal(1, headline.AgreeingSources);
            Assert.Contains(expected, text.Replace("<bdi>", "", StringComparison.Ordinal).Replace("</bdi>", "", StringComparison.Ordinal), StringComparison.Ordinal);
            Assert.DoesNotContain("(s)", text, StringComparison.Ordinal);
        }
        finally
        {
            CultureInfo.CurrentUICulture = ui;
        }
    }

    [Fact]
    public void Describe_AnArabicOutletInAnEnglishSentence_IsARunOfItsOwn()
    {
        var headline = DashboardHeadline.Of(Point(43204, 0, Claim(1, 43204, "الجزيرة (عاجل) <b>")), new ReconciliationOptions())!;
        var ui = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
            var l = new StringLocalizer<SharedResource>(
                new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance));
            var text = headline.Describe(l, new CodeNames(l)).Value;

            // The outlet's brackets stay inside its own isolate, and its name is encoded, not markup.
            Assert.Contains(" — <bdi>الجزيرة (عاجل) &lt;b&gt;</bdi>", text, StringComparison.Ordinal);
            Assert.DoesNotContain("<b>", text, StringComparison.Ordinal);
        }
        finally
        {
            CultureInfo.CurrentUICulture = ui;
        }
    }

    [Theory]
    [InlineData("ar", "\u200F")]
    [InlineData("en", "\u200E")]
    public void Describe_TheAuthorityAndOutletPair_TakesTheSentencesDirection(string language, string mark)
    {
        // The pair is one isolate of the sentence holding two isolates and " — ": HTML's dir=auto skips nested isolates, so
        // without a strong letter of its own it was laid out left to right, and Chromium showed an Arabic sentence's outlet
        // before its authority. A mark of the interface's direction opens it, before the authority's own isolate.
        var headline = DashboardHeadline.Of(Point(43204, 0, Claim(1, 43204, "قناة الأخبار (عرض)")), new ReconciliationOptions())!;
        var ui = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(language);
            var l = new StringLocalizer<SharedResource>(
                new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance));
            var text = headline.Describe(l, new CodeNames(l)).Value;

            var pair = text.IndexOf("<bdi>" + mark + "<bdi>", StringComparison.Ordinal);
            Assert.True(pair >= 0, text);
            Assert.True(text.IndexOf(" — <bdi>قناة الأخبار (عرض)</bdi></bdi>", pair, StringComparison.Ordinal) > pair, text);
            Assert.DoesNotContain(mark == "\u200F" ? "\u200E" : "\u200F", text, StringComparison.Ordinal);
        }
        finally
        {
            CultureInfo.CurrentUICulture = ui;
        }
    }
}
