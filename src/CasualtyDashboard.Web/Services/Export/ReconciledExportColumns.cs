using System.Globalization;
using CasualtyDashboard.Data.Queries;

namespace CasualtyDashboard.Web.Services.Export;

/// <summary>The reconciled dataset: one row per reconciled point, with the claims that chose its value and everything that backs it.</summary>
public static class ReconciledExportColumns
{
    public static ExportTable<ReconciledExportRow> Table { get; } = new("reconciled",
        "One row per point of the reconciled series (the last reconciliation run): the value chosen for the day, the rule and claims that chose it, every source's value, the conflicts raised and the analysts' decisions and notes.",
    [
        new("series_id", ExportType.Integer, "#meta+series+id", "The series' id in this dashboard (stable from run to run; GET /api/series lists them).", r => r.Series.Id),
        new("series_key", ExportType.Text, "#meta+series", "The series' key: region|area|category|subgroup|basis|since.", r => r.Series.Key),
        new("region", ExportType.Code, "#loc+region", "Where the victims were (lower-case English name, _ for spaces).", r => r.Series.Region),
        new("area", ExportType.Code, "#loc+area", "A finer place within the region, when the series has one.", r => r.Series.Area),
        new("category", ExportType.Code, "#affected+type", "killed, injured, missing or casualties (killed and injured together).", r => r.Series.Category),
        new("subgroup", ExportType.Code, "#affected+group", "all, children, women, elderly, civilians, soldiers, fighters, police, medical, journalists, aid_workers or other.", r => r.Series.Subgroup),
        new("basis", ExportType.Code, "#meta+basis", "cumulative, period or incident.", r => r.Series.Basis),
        new("since", ExportType.Date, "#date+start", "Start of the cumulative toll, when known.", r => r.Series.Since),
        new("since_inferred", ExportType.Code, "#meta+start+inferred", "true when the start day was inferred from a restart of the count rather than stated.", r => r.Series.SinceInferred),
        new("point_key", ExportType.Text, "#meta+point", "The point's key, series_key@date: conflicts, decisions and notes attach to it.", r => r.Point.Key),
        new("date", ExportType.Date, "#date+reported", "The reporting day of the point.", r => r.Point.Date),
        new("value", ExportType.Integer, "#affected+num", "The reconciled value for the day.", r => r.Point.Value),
        new("rule", ExportType.Code, "#meta+rule", "How the value was chosen: analyst_resolution, authority_priority, own_publication, most_cited or latest_statement.", r => r.Point.Rule),
        new("explanation", ExportType.Text, "#description+rule", "Why the rule chose this value, in words.", r => MessageText.English(r.Point.Explanation)),
        new("low", ExportType.Integer, "#affected+num+min", "The lowest value any source gave for the day.", r => r.Point.Low),
        new("high", ExportType.Integer, "#affected+num+max", "The highest value any source gave for the day.", r => r.Point.High),
        new("change", ExportType.Integer, "#affected+num+change", "For a cumulative series, the change since the previous point.", r => r.Point.IncrementChange),
        new("change_days", ExportType.Integer, "#meta+change+days", "The days the change covers (days since the previous point).", r => r.Point.IncrementDays),
        new("chosen_figure_ids", ExportType.Text, "#meta+claim+id", "The news figures citing the reconciled value (figure_id of the figures export), separated by \"; \".", r => FigureIds(r.Point)),
        new("chosen_reference_ids", ExportType.Text, "#meta+claim+id+reference", "The claims of an imported published series citing the reconciled value, separated by \"; \" (the API and conflict keys show these ids negative).", r => ReferenceIds(r.Point)),
        new("sources", ExportType.Text, "#org+source", "Every source's current value for the day as authority/outlet/value, separated by \"; \" (\"reference\" for an imported published series with no outlet).", r => Sources(r.Point)),
        new("article_urls", ExportType.Text, "#meta+url", "Where the chosen claims were published (article or published series address), separated by \"; \".", r => Urls(r.Point)),
        new("evidence", ExportType.Text, "#description+evidence", "The verbatim sentences of the chosen claims, separated by \" | \".", r => Evidence(r.Point)),
        new("conflicts", ExportType.Integer, "#meta+conflicts", "Conflicts raised on the point (notes not counted), of any state.", r => r.Point.Conflicts),
        new("open_conflicts", ExportType.Integer, "#meta+conflicts+open", "Of those, how many are still open.", r => r.Point.OpenConflicts),
        new("conflict_flags", ExportType.Text, "#status+conflict", "The flags on the point (conflicts and notes): type (state): reason, and the decision [by who, yyyy-MM-dd: note]; separated by \" | \".", r => Flags(r.Flags)),
        new("annotation_notes", ExportType.Text, "#description+notes", "The analysts' notes on the point: text [tags] (who, date), separated by \" | \".", r => FigureExportColumns.Notes(r.Notes)),
        new("series_last_change", ExportType.DateTime, "#date+updated", "When the series' claims last changed (UTC).", r => r.Series.LastChange),
    ]);

    private static IEnumerable<ClaimView> Chosen(PointView point)
    {
        var ids = point.ReconciledClaimIds.ToHashSet();
        return point.Claims.Where(c => ids.Contains(c.Id)).DistinctBy(c => c.Id);
    }

    private static string? Join(string separator, IEnumerable<string> parts)
    {
        var list = parts.Where(p => !string.IsNullOrEmpty(p)).ToList();
        return list.Count == 0 ? null : string.Join(separator, list);
    }

    /// <summary>The chosen news figures' ids (positive as stored).</summary>
    public static string? FigureIds(PointView point) =>
        Join("; ", point.ReconciledClaimIds.Where(id => id > 0).Distinct().Select(id => id.ToString(CultureInfo.InvariantCulture)));

    /// <summary>
    /// The chosen reference claims' ids without their sign: stored negative to tell them from figures, but a cell starting
    /// with "-" would be neutralised as a would-be formula, and the column already says what they are.
    /// </summary>
    public static string? ReferenceIds(PointView point) =>
        Join("; ", point.ReconciledClaimIds.Where(id => id < 0).Distinct().Select(id => (-id).ToString(CultureInfo.InvariantCulture)));

    public static string? Sources(PointView point) =>
        Join("; ", point.Claims.Where(c => c.Role == "current")
            .Select(c => $"{c.Authority}/{c.Outlet ?? (c.IsReference ? "reference" : "")}/{c.Value.ToString(CultureInfo.InvariantCulture)}"));

    public static string? Urls(PointView point) => Join("; ", Chosen(point).Select(c => c.Url ?? "").Distinct(StringComparer.Ordinal));

    public static string? Evidence(PointView point) => Join(" | ", Chosen(point).Select(c => c.Evidence).Distinct(StringComparer.Ordinal));

    public static string? Flags(IReadOnlyList<ConflictView> flags) => Join(" | ", flags.Select(f =>
        $"{f.Type} ({f.State}): {MessageText.English(f.Reason)}" + (f.DecisionBy is null ? "" :
            $" [{f.DecisionBy}, {(f.DecisionAt is { } at ? ExportCells.Text(DateOnly.FromDateTime(at)) : "")}: {f.DecisionNote}]")));
}
