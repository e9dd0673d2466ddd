using CasualtyDashboard.Data.Queries;
using CasualtyDashboard.Extraction.Schema;

namespace CasualtyDashboard.Web.Services.Export;

/// <summary>The raw-figures export: every extracted figure with its provenance and the analysts' work on it.</summary>
public static class FigureExportColumns
{
    public static ExportTable<FigureRow> Table { get; } = new("figures",
        "Every extracted casualty figure as the extractor read it, with where it came from and what analysts decided about it.",
    [
        new("figure_id", ExportType.Integer, "#meta+id", "The figure's id in this dashboard.", r => r.Id),
        new("article_id", ExportType.Integer, "#meta+article+id", "The id of the article it was read from.", r => r.ArticleId),
        new("value", ExportType.Integer, "#affected+num", "The number as extracted (a vague quantifier gives its lower bound).", r => r.Fields.Value),
        new("qualifier", ExportType.Code, "#meta+qualifier", "exact, at_least, more_than, about, up_to or vague.", r => r.Fields.Qualifier.Code()),
        new("category", ExportType.Code, "#affected+type", "killed, injured, missing or casualties (killed and injured together).", r => r.Fields.Category.Code()),
        new("subgroup", ExportType.Code, "#affected+group", "all, children, women, elderly, civilians, soldiers, fighters, police, medical, journalists, aid_workers or other.", r => r.Fields.Subgroup.Code()),
        new("region", ExportType.Code, "#loc+region", "Where the victims were (lower-case English name, _ for spaces).", r => r.Fields.Region),
        new("area", ExportType.Code, "#loc+area", "A finer place within the region, when stated.", r => r.Fields.Area),
        new("authority", ExportType.Code, "#org+authority", "Who issued the figure (gaza_moh, un_ocha, other:<name>, unattributed...).", r => r.Fields.Authority),
        new("reported_on", ExportType.Date, "#date+reported", "The day the authority announced the figure.", r => r.Fields.ReportedOn),
        new("basis", ExportType.Code, "#meta+basis", "cumulative, period or incident.", r => r.Fields.Basis.Code()),
        new("since", ExportType.Date, "#date+start", "Start of a cumulative toll or of a period, when known.", r => r.Fields.Since),
        new("outlet", ExportType.Text, "#org+outlet", "The outlet that published the article.", r => r.Outlet),
        new("article_url", ExportType.Text, "#meta+url", "Where the article was published.", r => r.ArticleUrl),
        new("article_title", ExportType.Text, "#meta+title", "The article's title.", r => r.ArticleTitle),
        new("published", ExportType.Date, "#date+published", "The article's publication date.", r => r.Published),
        new("evidence", ExportType.Text, "#description+evidence", "The verbatim text of the article that states the figure.", r => r.Evidence),
        new("evidence_start", ExportType.Integer, "#meta+evidence+start", "Where the evidence starts in the article's text (UTF-16 code units from 0).", r => r.EvidenceStart),
        new("evidence_length", ExportType.Integer, "#meta+evidence+length", "The evidence's length (UTF-16 code units).", r => r.EvidenceLength),
        new("rule", ExportType.Text, "#meta+rule", "The extraction rule that produced the figure.", r => r.Rule),
        new("extractor_version", ExportType.Text, "#meta+version", "The extractor version that produced the figure.", r => r.ExtractorVersion),
        new("review_state", ExportType.Code, "#status+review", "unreviewed, accepted, rejected or corrected (the latest action wins).", r => ReviewStateCode(r.State)),
        new("review_reason", ExportType.Text, "#description+review", "Why the figure was rejected.", r => r.Review?.Reason),
        new("reviewed_by", ExportType.Text, "#meta+reviewer", "Who made the decision in force.", r => r.Review?.By),
        new("reviewed_at", ExportType.DateTime, "#date+reviewed", "When the decision in force was made (UTC).", r => r.Review?.At),
        new("corrected_value", ExportType.Integer, "#affected+num+corrected", "The corrected number, when an analyst corrected the figure.", r => r.Correction?.Fields.Value),
        new("corrected_qualifier", ExportType.Code, "#meta+qualifier+corrected", "The corrected qualifier.", r => r.Correction?.Fields.Qualifier.Code()),
        new("corrected_category", ExportType.Code, "#affected+type+corrected", "The corrected category.", r => r.Correction?.Fields.Category.Code()),
        new("corrected_subgroup", ExportType.Code, "#affected+group+corrected", "The corrected subgroup.", r => r.Correction?.Fields.Subgroup.Code()),
        new("corrected_region", ExportType.Code, "#loc+region+corrected", "The corrected region.", r => r.Correction?.Fields.Region),
        new("corrected_area", ExportType.Code, "#loc+area+corrected", "The corrected area.", r => r.Correction?.Fields.Area),
        new("corrected_authority", ExportType.Code, "#org+authority+corrected", "The corrected authority.", r => r.Correction?.Fields.Authority),
        new("corrected_reported_on", ExportType.Date, "#date+reported+corrected", "The corrected reporting date.", r => r.Correction?.Fields.ReportedOn),
        new("corrected_basis", ExportType.Code, "#meta+basis+corrected", "The corrected basis.", r => r.Correction?.Fields.Basis.Code()),
        new("corrected_since", ExportType.Date, "#date+start+corrected", "The corrected start date.", r => r.Correction?.Fields.Since),
        new("correction_note", ExportType.Text, "#description+correction", "The analyst's note on the correction.", r => r.Correction?.Note),
        new("corrected_by", ExportType.Text, "#meta+corrector", "Who made the correction in force.", r => r.Correction?.By),
        new("corrected_at", ExportType.DateTime, "#date+corrected", "When the correction in force was made (UTC).", r => r.Correction?.At),
        new("annotation_notes", ExportType.Text, "#description+notes", "The figure's notes: text [tags] (who, date), separated by \" | \".", r => Notes(r.Notes)),
        new("conflict_flags", ExportType.Text, "#status+conflict", "Conflict flags touching the figure, separated by \"; \" (empty until reconciliation stores flags).", r => r.ConflictFlags.Count == 0 ? null : string.Join("; ", r.ConflictFlags)),
    ]);

    public static string ReviewStateCode(ReviewState state) => state switch
    {
        ReviewState.Accepted => "accepted",
        ReviewState.Rejected => "rejected",
        ReviewState.Corrected => "corrected",
        _ => "unreviewed",
    };

    /// <summary>Notes as one cell: <c>text [tag, tag] (who, yyyy-MM-dd)</c>, joined by <c> | </c>; null when none.</summary>
    public static string? Notes(IReadOnlyList<AnnotationView> notes) => notes.Count == 0 ? null
        : string.Join(" | ", notes.Select(n => $"{n.Text}{(n.Tags.Count > 0 ? $" [{string.Join(", ", n.Tags)}]" : "")} ({n.UpdatedBy ?? n.By}, {ExportCells.Text(DateOnly.FromDateTime(n.UpdatedAt ?? n.At))})"));
}
