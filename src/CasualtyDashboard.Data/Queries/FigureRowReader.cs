using CasualtyDashboard.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace CasualtyDashboard.Data.Queries;

/// <summary>
/// Reads full <see cref="FigureRow"/>s for a short list of ids (a grid page, an article, an export chunk): the figures
/// with their article and outlet, then their review state, then their notes, in a few indexed queries, in the ids' order.
/// </summary>
internal static class FigureRowReader
{
    public static async Task<IReadOnlyList<FigureRow>> ReadAsync(DashboardDbContext db, IReadOnlyCollection<long> ids, CancellationToken ct)
    {
        if (ids.Count == 0) return [];
        var figures = await db.Figures.AsNoTracking().Where(f => ids.Contains(f.Id))
            .Select(f => new FigureRow(f.Id, f.ArticleId,
                new FigureFields(f.Value, f.Qualifier, f.Category, f.Subgroup, f.Region, f.Area, f.Authority, f.ReportedOn, f.Basis, f.Since),
                f.Evidence, f.EvidenceStart, f.EvidenceLength, f.Rule, f.ExtractorVersion,
                f.Article!.Outlet != null ? f.Article.Outlet.Name : null, f.Article.Url, f.Article.Title, f.Article.Published))
            .ToDictionaryAsync(r => r.Id, ct);

        var statuses = await db.Set<FigureStatus>().AsNoTracking().Where(s => ids.Contains(s.FigureId)).ToListAsync(ct);
        var reviewIds = statuses.Where(s => s.LatestReviewId != null && s.Decision != null).Select(s => s.LatestReviewId!.Value).ToList();
        var correctionIds = statuses.Where(s => s.LatestCorrectionId != null).Select(s => s.LatestCorrectionId!.Value).ToList();
        var reviews = reviewIds.Count == 0 ? [] : await db.Set<FigureReview>().AsNoTracking().Where(r => reviewIds.Contains(r.Id))
            .Select(r => new { r.FigureId, View = new FigureReviewView(r.Id, r.Decision, r.Reason, r.By, r.At) })
            .ToListAsync(ct);
        var corrections = correctionIds.Count == 0 ? [] : await db.Set<FigureCorrection>().AsNoTracking().Where(c => correctionIds.Contains(c.Id))
            .Select(c => new
            {
                c.FigureId,
                View = new FigureCorrectionView(c.Id,
                    new FigureFields(c.Value, c.Qualifier, c.Category, c.Subgroup, c.Region, c.Area, c.Authority, c.ReportedOn, c.Basis, c.Since),
                    c.Note, c.By, c.At),
            })
            .ToListAsync(ct);
        var notes = await AnnotationQueries.Project(db.Set<Annotation>().AsNoTracking()
                .Where(a => a.FigureId != null && ids.Contains(a.FigureId.Value) && !a.Deleted).OrderBy(a => a.Id))
            .ToListAsync(ct);

        var reviewOf = reviews.ToDictionary(r => r.FigureId, r => r.View);
        var correctionOf = corrections.ToDictionary(c => c.FigureId, c => c.View);
        var notesOf = notes.ToLookup(n => n.FigureId!.Value);
        return ids.Where(figures.ContainsKey)
            .Select(id => figures[id] with
            {
                Review = reviewOf.GetValueOrDefault(id),
                Correction = correctionOf.GetValueOrDefault(id),
                Notes = notesOf[id].ToList(),
            })
            .ToList();
    }
}
