using System.Runtime.CompilerServices;
using CasualtyDashboard.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace CasualtyDashboard.Data.Queries;

/// <summary>
/// Every reconciled point matching a filter, by series id then date, as an async stream for the reconciled export. Read in
/// chunks by keyset on (series id, date): both survive a reconciliation run (a series keeps its id, a point is its series
/// and date), whereas point ids are new after every run. Each chunk has its own short-lived context and brings its
/// series, claims, flags and notes, so memory stays flat whatever the size and no read holds the database long.
/// </summary>
public sealed class ReconciledExportQuery(IDbContextFactory<DashboardDbContext> factory, AnnotationQueries annotations)
{
    public const int ChunkSize = 500;

    /// <summary>How many points match.</summary>
    public async Task<int> CountAsync(ReconciledPointFilter filter, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await Filtered(db, filter).CountAsync(ct);
    }

    public async IAsyncEnumerable<ReconciledExportRow> StreamAsync(ReconciledPointFilter filter, [EnumeratorCancellation] CancellationToken ct = default)
    {
        // Filters on the series' attributes become the list of matching series ids, read once: "SeriesId IN (list)" walks
        // the (SeriesId, Date) index in order, where a join filtered on the series would sort every remaining point per chunk.
        List<long>? seriesIds = null;
        if (BySeriesAttributes(filter))
        {
            await using var db = await factory.CreateDbContextAsync(ct);
            seriesIds = await SeriesOf(db, filter).OrderBy(s => s.Id).Select(s => s.Id).ToListAsync(ct);
            if (seriesIds.Count == 0) yield break;
        }

        var afterSeries = 0L;
        var afterDate = DateOnly.MinValue;
        while (true)
        {
            List<ReconciledExportRow> rows;
            List<string> keys;
            await using (var db = await factory.CreateDbContextAsync(ct))
            {
                var (series, date) = (afterSeries, afterDate);
                // The redundant SeriesId >= bound lets the (SeriesId, Date) index seek to the cursor instead of scanning from the start.
                var chunk = await Points(db, filter, seriesIds)
                    .Where(p => p.SeriesId >= series && (p.SeriesId > series || p.Date > date))
                    .OrderBy(p => p.SeriesId).ThenBy(p => p.Date)
                    .Take(ChunkSize)
                    .Select(p => new { Point = p, Series = p.Series! })
                    .ToListAsync(ct);
                if (chunk.Count == 0) yield break;
                (afterSeries, afterDate) = (chunk[^1].Point.SeriesId, chunk[^1].Point.Date);

                var summaries = chunk.Select(c => c.Series).DistinctBy(s => s.Id).ToDictionary(s => s.Id, ReconciliationQueries.ToSummary);
                var chunkSeries = summaries.Keys.ToList();
                keys = chunk.ConvertAll(c => c.Point.Key);
                var flags = (await db.Set<ReconciliationFlag>().AsNoTracking()
                        .Where(f => chunkSeries.Contains(f.SeriesId) && keys.Contains(f.PointKey))
                        .OrderBy(f => f.Key)
                        .Select(f => new { Flag = f, SeriesKey = f.Series!.Key })
                        .ToListAsync(ct))
                    .ToLookup(f => f.Flag.PointKey, f => ReconciliationQueries.ToView(f.Flag, f.SeriesKey), StringComparer.Ordinal);
                var points = await ReconciliationQueries.WithClaimsAsync(db, chunk.ConvertAll(c => c.Point), ct);
                rows = points.Select(p => new ReconciledExportRow(summaries[p.SeriesId], p, flags[p.Key].ToList(), [])).ToList();
            }

            var notes = (await annotations.ForPointsAsync(keys, ct)).ToLookup(n => n.PointKey!, StringComparer.Ordinal);
            foreach (var row in rows) yield return notes.Contains(row.Point.Key) ? row with { Notes = notes[row.Point.Key].ToList() } : row;
        }
    }

    private static bool BySeriesAttributes(ReconciledPointFilter f) =>
        f.SeriesKey is not null || f.Region is not null || f.Area is not null || f.Category is not null || f.Subgroup is not null || f.Basis is not null;

    private static IQueryable<ReconciledSeries> SeriesOf(DashboardDbContext db, ReconciledPointFilter filter)
    {
        var query = db.Set<ReconciledSeries>().AsNoTracking();
        if (filter.SeriesId is { } id) query = query.Where(s => s.Id == id);
        if (filter.SeriesKey is { } key) query = query.Where(s => s.Key == key);
        if (filter.Region is { } region) query = query.Where(s => s.Region == region);
        if (filter.Area is { } area) query = query.Where(s => s.Area == area);
        if (filter.Category is { } category) query = query.Where(s => s.Category == category);
        if (filter.Subgroup is { } subgroup) query = query.Where(s => s.Subgroup == subgroup);
        if (filter.Basis is { } basis) query = query.Where(s => s.Basis == basis);
        return query;
    }

    /// <summary>The points of the filter: of <paramref name="seriesIds"/> when given (the series filters already applied), else of every series.</summary>
    private static IQueryable<ReconciledPoint> Points(DashboardDbContext db, ReconciledPointFilter filter, List<long>? seriesIds)
    {
        var query = db.Set<ReconciledPoint>().AsNoTracking();
        if (seriesIds is not null) query = query.Where(p => seriesIds.Contains(p.SeriesId));
        if (filter.SeriesId is { } id) query = query.Where(p => p.SeriesId == id);
        if (filter.From is { } from) query = query.Where(p => p.Date >= from);
        if (filter.To is { } to) query = query.Where(p => p.Date <= to);
        return query;
    }

    private static IQueryable<ReconciledPoint> Filtered(DashboardDbContext db, ReconciledPointFilter filter)
    {
        var query = Points(db, filter, null);
        if (!BySeriesAttributes(filter)) return query;
        var series = SeriesOf(db, filter).Select(s => s.Id);
        return query.Where(p => series.Contains(p.SeriesId));
    }
}
