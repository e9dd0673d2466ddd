using CasualtyDashboard.Reconciliation.Series;
using CasualtyDashboard.Data.Accounts;
using CasualtyDashboard.Data.Analysts;
using CasualtyDashboard.Data.Audit;
using CasualtyDashboard.Data.Entities;
using CasualtyDashboard.Data.Queries;
using Microsoft.EntityFrameworkCore;

namespace CasualtyDashboard.Data.Review;

/// <summary>
/// Adds, edits and deletes annotations on figures or chart points. Every write records the current analyst and the time
/// and appends a revision; deletion only flags the note, so its history stays readable. The audit log gets an entry in
/// the same transaction.
/// </summary>
public sealed class AnnotationService(IDbContextFactory<DashboardDbContext> factory, CurrentAnalyst analyst, TimeProvider clock)
{
    private readonly AuditTrail _audit = new(analyst, clock);

    public async Task<long> AddToFigureAsync(long figureId, string text, IEnumerable<string> tags, CancellationToken ct = default)
    {
        analyst.Demand(Permission.Decide);
        var (cleanText, cleanTags) = Validate(text, tags);
        await using var db = await factory.CreateDbContextAsync(ct);
        if (!await db.Figures.AnyAsync(f => f.Id == figureId, ct)) throw new ReviewInputException($"Figure {figureId} does not exist.");
        return await AddAsync(db, new Annotation { FigureId = figureId, Text = cleanText, Tags = cleanTags, By = analyst.Name }, ct);
    }

    /// <summary>
    /// A note on a chart point: <paramref name="pointKey"/> is a reconciled point's key (<c>seriesKey@yyyy-MM-dd</c>, as the
    /// chart's custom data). The point must exist in the stored reconciliation; the note stays if a later run drops it.
    /// </summary>
    public async Task<long> AddToPointAsync(string pointKey, string text, IEnumerable<string> tags, CancellationToken ct = default)
    {
        analyst.Demand(Permission.Decide);
        var key = pointKey?.Trim() ?? "";
        if (!PointKey.TryParse(key, out _, out _))
            throw new ReviewInputException("A point key is \"seriesKey@yyyy-MM-dd\".");
        if (key.Length > ReviewLimits.PointKey) throw new ReviewInputException($"The point key is longer than {ReviewLimits.PointKey} characters.");
        var (cleanText, cleanTags) = Validate(text, tags);
        await using var db = await factory.CreateDbContextAsync(ct);
        if (!await db.Set<ReconciledPoint>().AnyAsync(p => p.Key == key, ct))
            throw new ReviewInputException($"No reconciled point has the key {key}; reconcile again or choose a point on the chart.");
        return await AddAsync(db, new Annotation { PointKey = key, Text = cleanText, Tags = cleanTags, By = analyst.Name }, ct);
    }

    private async Task<long> AddAsync(DashboardDbContext db, Annotation annotation, CancellationToken ct)
    {
        annotation.At = clock.GetUtcNow().UtcDateTime;
        annotation.Version = 1;
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        db.Add(annotation);
        await db.SaveChangesAsync(ct);
        db.Add(Revision(annotation, "created", annotation.By, annotation.At));
        _audit.Record(db, AuditActions.NoteAdd, AuditEntities.Note, Key(annotation.Id), null, Audited(annotation));
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return annotation.Id;
    }

    public async Task EditAsync(long annotationId, string text, IEnumerable<string> tags, CancellationToken ct = default)
    {
        var (cleanText, cleanTags) = Validate(text, tags);
        await ChangeAsync(annotationId, "edited", AuditActions.NoteEdit, a =>
        {
            if (a.Deleted) throw new ReviewInputException("A deleted note cannot be edited.");
            a.Text = cleanText;
            a.Tags = cleanTags;
        }, ct);
    }

    public Task DeleteAsync(long annotationId, CancellationToken ct = default) =>
        ChangeAsync(annotationId, "deleted", AuditActions.NoteDelete, a =>
        {
            if (a.Deleted) throw new ReviewInputException("The note is already deleted.");
            a.Deleted = true;
        }, ct);

    private async Task ChangeAsync(long annotationId, string action, string auditAction, Action<Annotation> change, CancellationToken ct)
    {
        analyst.Demand(Permission.Decide);
        await using var db = await factory.CreateDbContextAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var annotation = await db.Set<Annotation>().FirstOrDefaultAsync(a => a.Id == annotationId, ct)
            ?? throw new ReviewInputException($"Note {annotationId} does not exist.");
        var before = Audited(annotation);
        change(annotation);
        var now = clock.GetUtcNow().UtcDateTime;
        annotation.Version++;
        annotation.UpdatedBy = analyst.Name;
        annotation.UpdatedAt = now;
        db.Add(Revision(annotation, action, analyst.Name, now));
        _audit.Record(db, auditAction, AuditEntities.Note, Key(annotation.Id), before, Audited(annotation));
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
    }

    private static string Key(long id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A note's fields for the audit log (what it is on, its text, tags and whether it is deleted).</summary>
    private static object Audited(Annotation a) => new { a.FigureId, a.PointKey, a.Text, tags = AnnotationTags.Parse(a.Tags), a.Deleted };

    private static AnnotationRevision Revision(Annotation a, string action, string by, DateTime at) => new()
    {
        AnnotationId = a.Id, Version = a.Version, Action = action, Text = a.Text, Tags = a.Tags, By = by, At = at,
    };

    private static (string Text, string Tags) Validate(string text, IEnumerable<string> tags)
    {
        var trimmed = text?.Trim() ?? "";
        if (trimmed.Length == 0) throw new ReviewInputException("A note needs some text.");
        if (trimmed.Length > ReviewLimits.AnnotationText) throw new ReviewInputException($"The note is longer than {ReviewLimits.AnnotationText} characters.");
        var list = (tags ?? []).Select(AnnotationTags.Normalize).Where(t => t.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        if (list.Count > ReviewLimits.Tags) throw new ReviewInputException($"At most {ReviewLimits.Tags} tags.");
        if (list.Any(t => t.Length > ReviewLimits.Tag)) throw new ReviewInputException($"A tag is at most {ReviewLimits.Tag} characters.");
        return (trimmed, AnnotationTags.Format(list));
    }
}
