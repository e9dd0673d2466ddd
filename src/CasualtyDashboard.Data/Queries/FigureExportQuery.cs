using System.Runtime.CompilerServices;
using CasualtyDashboard.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace CasualtyDashboard.Data.Queries;

/// <summary>
/// Every figure matching a filter, in id order, as an async stream for the exports: read in chunks by id (keyset), each
/// chunk ONE query (the figure, its article and outlet, its status, review and correction in force, joined) with its own
/// short-lived context, so memory stays flat whatever the size and no read holds the database long. The conflict flags
/// and the figures' notes are read once, before the first chunk (both are small: the last reconciliation's flags, the
/// analysts' notes), instead of a query per chunk (decision 047).
/// </summary>
public sealed class FigureExportQuery(IDbContextFactory<DashboardDbContext> factory, IFigureFlagSource flags)
{
    public const int ChunkSize = 1000;

    public async IAsyncEnumerable<FigureRow> StreamAsync(FigureFilter filter, [EnumeratorCancellation] CancellationToken ct = default)
    {
        var flagsOf = await flags.AllAsync(ct);
        var notesOf = await NotesAsync(ct);
        long after = 0;
        while (true)
        {
            List<FigureRow> rows;
            await using (var db = await factory.CreateDbContextAsync(ct))
                rows = await Chunk(db, filter, after).ToListAsync(ct);
            if (rows.Count == 0) yield break;
            after = rows[^1].Id;
            foreach (var row in rows)
            {
                var notes = notesOf.GetValueOrDefault(row.Id);
                var rowFlags = flagsOf.GetValueOrDefault(row.Id);
                yield return notes is null && rowFlags is null ? row : row with { Notes = notes ?? [], ConflictFlags = rowFlags ?? [] };
            }
            if (rows.Count < ChunkSize) yield break;
        }
    }

    /// <summary>
    /// The next <see cref="ChunkSize"/> figures after <paramref name="after"/>, each with everything its row shows but the
    /// notes and flags: left joins on the status table's latest review and correction ids (primary keys).
    /// </summary>
    private static IQueryable<FigureRow> Chunk(DashboardDbContext db, FigureFilter filter, long after) =>
        from f in FigureFilters.Filtered(db, filter).Where(f => f.Id > after).OrderBy(f => f.Id).Take(ChunkSize)
        join s in db.Set<FigureStatus>().AsNoTracking() on f.Id equals s.FigureId into statuses
        from s in statuses.DefaultIfEmpty()
        join r in db.Set<FigureReview>().AsNoTracking() on s.LatestReviewId equals (long?)r.Id into reviews
        from r in reviews.DefaultIfEmpty()
        join c in db.Set<FigureCorrection>().AsNoTracking() on s.LatestCorrectionId equals (long?)c.Id into corrections
        from c in corrections.DefaultIfEmpty()
        orderby f.Id
        select new FigureRow(f.Id, f.ArticleId,
            new FigureFields(f.Value, f.Qualifier, f.Category, f.Subgroup, f.Region, f.Area, f.Authority, f.ReportedOn, f.Basis, f.Since),
            f.Evidence, f.EvidenceStart, f.EvidenceLength, f.Rule, f.ExtractorVersion,
            f.Article!.Outlet != null ? f.Article!.Outlet!.Name : null, f.Article!.Url, f.Article!.Title, f.Article!.Published)
        {
            // As the grid's reader: a review only counts while the status names a decision.
            Review = r != null && s.Decision != null ? new FigureReviewView(r.Id, r.Decision, r.Reason, r.By, r.At) : null,
            Correction = c != null
                ? new FigureCorrectionView(c.Id,
                    new FigureFields(c.Value, c.Qualifier, c.Category, c.Subgroup, c.Region, c.Area, c.Authority, c.ReportedOn, c.Basis, c.Since),
                    c.Note, c.By, c.At)
                : null,
        };

    /// <summary>The notes on figures that are not deleted, by figure, oldest first.</summary>
    private async Task<Dictionary<long, IReadOnlyList<AnnotationView>>> NotesAsync(CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var notes = await AnnotationQueries.Project(db.Set<Annotation>().AsNoTracking().Where(a => a.FigureId != null && !a.Deleted).OrderBy(a => a.Id))
            .ToListAsync(ct);
        return notes.GroupBy(n => n.FigureId!.Value).ToDictionary(g => g.Key, g => (IReadOnlyList<AnnotationView>)g.ToList());
    }
}
