using System.Globalization;
using System.Net;
using CasualtyDashboard.Data.Queries;
using CasualtyDashboard.Reconciliation;
using CasualtyDashboard.Reconciliation.Series;
using CasualtyDashboard.Web.Resources;
using CasualtyDashboard.Web.Services;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;

namespace CasualtyDashboard.Web.Services.Dashboard;

/// <summary>
/// A panel's headline, from the stored last point of the range: the value, as of which day, from whom (authority and
/// outlet), its evidence, how many independent sources agree, and the confidence grade of <see cref="TollHeadline.Grade"/>.
/// </summary>
public sealed record DashboardHeadline(
    long Value, DateOnly AsOf, string Authority, string? Outlet, bool FromReference, string Evidence, int AgreeingSources, int OpenConflicts,
    HeadlineConfidence Confidence)
{
    /// <summary>
    /// The headline of <paramref name="point"/> (loaded with its claims), judged with <paramref name="options"/>' tolerance and
    /// own publications. Under a view narrowed to some authorities or outlets (<paramref name="view"/>), it is the toll as
    /// the sources drawn gave it (the reconciled value when one of them gave it, else their own), named by them: the chart
    /// then draws those sources, and a headline naming another would not be about what the analyst filtered on.
    /// </summary>
    public static DashboardHeadline? Of(PointView point, ReconciliationOptions options, DashboardView? view = null)
    {
        ArgumentNullException.ThrowIfNull(point);
        ArgumentNullException.ThrowIfNull(options);
        var current = point.Claims.Where(c => c.Role is "current" or "history").ToList();
        var shown = view is { FiltersSources: true } ? current.Where(c => DashboardFigureBuilder.Shown(c, view)).ToList() : current;
        var leading = shown.OrderByDescending(c => c.Value == point.Value).ThenByDescending(c => c.IsReference)
            .ThenByDescending(c => IsOwn(c, options)).ThenByDescending(c => c.Role == "current").FirstOrDefault();
        if (leading is null || (leading.Value != point.Value && ReferenceEquals(shown, current)))
        {
            return null;
        }
        var value = leading.Value;
        var agreeing = current.Where(c => options.Agree(c.Value, value)).ToList();

        var independent = agreeing.Select(c => c.IsReference ? "reference:" + c.Authority : c.Outlet is { Length: > 0 } o ? "outlet:" + o : "claim:" + c.Id)
            .Distinct(StringComparer.Ordinal).Count();
        var firstHand = point.Rule == "analyst_resolution" || agreeing.Exists(c => c.IsReference || IsOwn(c, options));
        return new DashboardHeadline(value, point.Date, leading.Authority, leading.Outlet, leading.IsReference, leading.Evidence, independent,
            point.OpenConflicts, TollHeadline.Grade(point.OpenConflicts, firstHand, independent));
    }

    /// <summary>
    /// The sentence the panel shows: value, day, source (published series or outlet), agreeing sources, grade. Numbers and
    /// days are written as the chart and the claim cards write them (UiFormat) and kept left to right in an Arabic sentence.
    /// </summary>
    public MarkupString Describe(IStringLocalizer<SharedResource> l, CodeNames names)
    {
        ArgumentNullException.ThrowIfNull(l);
        ArgumentNullException.ThrowIfNull(names);
        // The authority and the outlet each in a run of its own: an Arabic outlet's name in an English sentence (or the other
        // way round) keeps its own order, brackets included, instead of taking the sentence's.
        // The pair goes into the sentence as one more isolate (BidiText), whose direction HTML's dir=auto takes from its first
        // strong letter outside the nested ones: " — " has none, so it was laid out left to right and an Arabic sentence read
        // the outlet before the authority (seen in Chromium). A mark of the interface's direction first gives it the sentence's.
        var mark = CultureInfo.CurrentUICulture.TextInfo.IsRightToLeft ? RightToLeftMark : LeftToRightMark;
        var source = new MarkupString(mark + Isolate(names.Authority(Authority))
            + (FromReference ? " (" + WebUtility.HtmlEncode(l["Dash.Published"]) + ")" : Outlet is { } o ? " — " + Isolate(o) : ""));
        return l.Isolated("Dash.Headline", BidiText.Ltr(UiFormat.Number(Value)), BidiText.Ltr(UiFormat.Date(AsOf)), source, AgreeingSources,
            l[$"Dash.Confidence.{ConfidenceCode}"].Value);
    }

    private static string Isolate(string name) => $"<bdi>{WebUtility.HtmlEncode(name)}</bdi>";

    /// <summary>U+200F and U+200E: a strong letter of each direction that shows nothing.</summary>
    internal const string RightToLeftMark = "\u200F", LeftToRightMark = "\u200E";

    /// <summary>The grade as the page's data attribute and resource keys spell it.</summary>
    public string ConfidenceCode => Confidence.ToString().ToLowerInvariant();

    private static bool IsOwn(ClaimView claim, ReconciliationOptions options) => !claim.IsReference && options.IsOwnPublication(claim.Authority, claim.Outlet);
}
