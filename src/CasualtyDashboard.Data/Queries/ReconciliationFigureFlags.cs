using CasualtyDashboard.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace CasualtyDashboard.Data.Queries;

/// <summary>
/// The conflict flags of the last reconciliation run that involve each figure (<c>transcription (open)</c>,
/// <c>stale_citation (open)</c>, ...), for the exports' <c>conflict_flags</c> column.
/// </summary>
public sealed class ReconciliationFigureFlags(IDbContextFactory<DashboardDbContext> factory) : IFigureFlagSource
{
    public async Task<IReadOnlyDictionary<long, IReadOnlyList<string>>> FlagsAsync(IReadOnlyCollection<long> figureIds, CancellationToken ct)
    {
        if (figureIds.Count == 0) return new Dictionary<long, IReadOnlyList<string>>();
        var ids = figureIds.ToList();
        await using var db = await factory.CreateDbContextAsync(ct);
        var flags = await db.Set<ReconciliationFlag>().AsNoTracking()
            .Where(f => f.ClaimIds.Any(id => ids.Contains(id)))
            .Select(f => new { f.Type, f.State, f.ClaimIds })
            .ToListAsync(ct);
        var wanted = ids.ToHashSet();
        return flags
            .SelectMany(f => f.ClaimIds.Where(wanted.Contains).Select(id => (Id: id, Text: $"{f.Type} ({f.State})")))
            .GroupBy(x => x.Id)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.Select(x => x.Text).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList());
    }
}
