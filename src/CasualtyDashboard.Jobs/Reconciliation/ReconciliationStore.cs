using CasualtyDashboard.Reconciliation.Messages;
using CasualtyDashboard.Data;
using CasualtyDashboard.Data.Entities;
using CasualtyDashboard.Data.Providers;
using CasualtyDashboard.Reconciliation;
using CasualtyDashboard.Reconciliation.Conflicts;
using CasualtyDashboard.Reconciliation.Series;
using Microsoft.EntityFrameworkCore;

namespace CasualtyDashboard.Jobs.Reconciliation;

/// <summary>
/// Replaces the stored output with a run's result in one transaction: a series row is kept by key (its id stays stable)
/// and updated, series no longer produced are removed, and every point and flag is rewritten. Decisions are stored by
/// key elsewhere and never touched here. Points and flags go in through one prepared statement each (thousands of rows).
/// </summary>
internal static class ReconciliationStore
{
    public static async Task<(int Points, int Flags, int OpenConflicts)> ReplaceAsync(
        DashboardDbContext db, ReconciliationResult result, ReconciliationInput input, DateTime startedAt, DateTime now, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.Set<ReconciliationFlag>().ExecuteDeleteAsync(ct);
        await db.Set<ReconciledPoint>().ExecuteDeleteAsync(ct);

        var flags = result.Flags.GroupBy(f => f.Key).Select(Merge).ToList();
        var openByPoint = flags.Where(f => f.IsConflict && f.State == FlagState.Open).GroupBy(f => f.Point).ToDictionary(g => g.Key, g => g.Count());
        var conflictsByPoint = flags.Where(f => f.IsConflict).GroupBy(f => f.Point).ToDictionary(g => g.Key, g => g.Count());

        var seriesIds = await UpsertSeriesAsync(db, result.Series, openByPoint, now, ct);
        var pointSeries = new Dictionary<PointKey, (long SeriesId, DateOnly Date)>();
        IEnumerable<ReconciledPoint> Points()
        {
            foreach (var series in result.Series)
            {
                var seriesId = seriesIds[series.Key.ToString()];
                foreach (var point in series.Points)
                {
                    pointSeries[point.Key] = (seriesId, point.Date);
                    yield return ToEntity(point, seriesId, conflictsByPoint.GetValueOrDefault(point.Key), openByPoint.GetValueOrDefault(point.Key));
                }
            }
        }

        await ProviderAdapters.For(db).BulkInsertAsync(db, Points(), ct);
        await ProviderAdapters.For(db).BulkInsertAsync(db, flags.Select(f => ToEntity(f, pointSeries[f.Point].SeriesId, pointSeries[f.Point].Date)), ct);
        var points = pointSeries.Count;
        var open = openByPoint.Values.Sum();
        db.Add(new ReconciliationRun
        {
            StartedAt = startedAt, EndedAt = now, NewsClaims = input.NewsClaims, ReferenceClaims = input.ReferenceClaims,
            UnplacedFigures = input.UnplacedFigures, Series = result.Series.Count, Points = points, Flags = flags.Count, OpenConflicts = open,
        });
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return (points, flags.Count, open);
    }

    private static async Task<Dictionary<string, long>> UpsertSeriesAsync(
        DashboardDbContext db, IReadOnlyList<CasualtySeries> produced, Dictionary<PointKey, int> openByPoint, DateTime now, CancellationToken ct)
    {
        var existing = await db.Set<ReconciledSeries>().ToDictionaryAsync(s => s.Key, StringComparer.Ordinal, ct);
        var kept = new Dictionary<string, ReconciledSeries>(StringComparer.Ordinal);
        foreach (var series in produced)
        {
            var key = series.Key.ToString();
            if (!existing.TryGetValue(key, out var row))
            {
                row = new ReconciledSeries
                {
                    Key = key, Region = series.Key.Region, Category = series.Key.Category, Subgroup = series.Key.Subgroup, Basis = series.Key.Basis,
                };
                db.Add(row);
            }

            row.Area = series.Key.Area;
            row.Since = series.Key.Since;
            row.SinceInferred = series.SinceInferred;
            row.SplitFromKey = series.SplitFrom?.ToString();
            row.LastChange = series.LastChange;
            row.PointCount = series.Points.Count;
            row.FirstDate = series.Points.Count > 0 ? series.Points[0].Date : null;
            row.LastDate = series.Points.Count > 0 ? series.Points[^1].Date : null;
            row.LatestValue = series.Points.Count > 0 ? series.Points[^1].Reconciled.Value : null;
            row.OpenConflicts = series.Points.Sum(p => openByPoint.GetValueOrDefault(p.Key));
            row.ReconciledAt = now;
            kept[key] = row;
        }

        db.RemoveRange(existing.Values.Where(s => !kept.ContainsKey(s.Key)));
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        return kept.ToDictionary(k => k.Key, k => k.Value.Id, StringComparer.Ordinal);
    }

    private static ReconciledPoint ToEntity(SeriesPoint point, long seriesId, int conflicts, int open) => new()
    {
        SeriesId = seriesId,
        Key = point.Key.Value,
        Date = point.Date,
        Value = point.Reconciled.Value,
        Rule = point.Reconciled.Rule.Code(),
        Explanation = point.Reconciled.Explanation.ToStored(),
        ClaimIds = [.. point.Reconciled.ClaimIds],
        Low = point.Low,
        High = point.High,
        IncrementChange = point.Increment?.Change,
        IncrementDays = point.Increment?.Days,
        Sources = PointSources.Write(point.Sources.Select(s => new PointSource(
            s.Authority, s.IsReference, s.Value, s.Latest.ClaimId,
            s.History.Select(c => c.ClaimId).ToList(), s.Restatements.Select(c => c.ClaimId).ToList(), s.IsRestatementOnly))),
        ClaimCount = point.Sources.Sum(s => s.Claims.Count()),
        Conflicts = conflicts,
        OpenConflicts = open,
    };

    private static ReconciliationFlag ToEntity(Flag flag, long seriesId, DateOnly date) => new()
    {
        Key = flag.Key.Value,
        Type = flag.Type.Code(),
        IsConflict = flag.IsConflict,
        State = StateCode(flag.State),
        Reason = flag.Reason.ToStored(),
        ClaimIds = [.. flag.ClaimIds],
        SeriesId = seriesId,
        PointKey = flag.Point.Value,
        Date = date,
        DecisionBy = flag.Resolution?.By ?? flag.Dismissal?.By,
        DecisionAt = flag.Resolution?.At ?? flag.Dismissal?.At,
        DecisionNote = flag.Resolution?.Note ?? flag.Dismissal?.Note,
        ResolvedValue = flag.Resolution?.Value,
        ChosenClaimId = flag.Resolution?.ChosenClaimId,
    };

    /// <summary><c>open</c>, <c>resolved</c> or <c>dismissed</c>.</summary>
    public static string StateCode(FlagState state) => state switch
    {
        FlagState.Open => "open",
        FlagState.Resolved => "resolved",
        _ => "dismissed",
    };

    /// <summary>A key raised twice in one run (the same rule finding the same sources twice) is stored once, with every claim and reason.</summary>
    private static Flag Merge(IGrouping<ConflictKey, Flag> same)
    {
        var first = same.First();
        return same.Skip(1).Any()
            ? first with
            {
                ClaimIds = same.SelectMany(f => f.ClaimIds).Distinct().ToArray(),
                Reason = Message.Of(ReconciliationMessages.Sentences,
                    MessageArg.List(same.Select(f => f.Reason).DistinctBy(r => r.ToStored(), StringComparer.Ordinal))),
            }
            : first;
    }
}
