using CasualtyDashboard.Data.Queries;
using CasualtyDashboard.Web.Services.Export;

namespace CasualtyDashboard.Web.Services.Audit;

/// <summary>The columns of <c>/api/audit.csv</c>: one row per audit entry, newest first.</summary>
public static class AuditExportColumns
{
    public static ExportTable<AuditRow> Table { get; } = new("audit", "Every write by an analyst or a script: who, when, what, before and after.",
    [
        new("id", ExportType.Integer, "", "The entry's number (increasing with time)", r => r.Id),
        new("at", ExportType.DateTime, "#date", "When the write was stored (UTC)", r => r.At),
        new("actor", ExportType.Text, "#contributor", "Who made it: an analyst, or key:NAME for an API key", r => r.Actor),
        new("action", ExportType.Code, "#activity+code", "What was done: figure.review, figure.correct, note.add, conflict.resolve, feed.add, import.articles, ...", r => r.Action),
        new("entity_type", ExportType.Code, "", "What it was done to: figure, note, conflict, articles, reference, feed", r => r.EntityType),
        new("entity_key", ExportType.Text, "", "Which one: an id, a conflict key, a dataset; a range of article ids for an import", r => r.EntityKey),
        new("before", ExportType.Text, "", "The changed fields before the write (JSON); empty for a creation", r => r.Before),
        new("after", ExportType.Text, "", "The changed fields after the write (JSON); empty for a deletion", r => r.After),
    ]);
}
