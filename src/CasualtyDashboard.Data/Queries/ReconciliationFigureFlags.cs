using CasualtyDashboard.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace CasualtyDashboard.Data.Queries;

/// <summary>
/// The conflict flags of the last reconciliation run that involve each figure (<c>transcription (open)</c>,
/// <c>stale_citation (open)</c>, ...), for the exports' <c>conflict_flags</c> column.
/// </summary>
public sealed class ReconciliationFigureFlags(IDbContextFactory<DashboardDbContext> factory) : IFigureFlagSource
{
    public async Task<IReadOnlyDictionary<long, IReadOnlyList<string>>> AllAsync(CancellationToken ct)
    {
        var texts = new Dictionary<(string, string), string>();
        var of = new Dictionary<long, List<string>>();
        await using var db = await factory.CreateDbContextAsync(ct);
        await foreach (var flag in db.Set<ReconciliationFlag>().AsNoTracking().Select(f => new { f.Type, f.State, f.ClaimIds }).AsAsyncEnumerable().WithCancellation(ct))
        {
            if (!texts.TryGetValue((flag.Type, flag.State), out var text)) texts[(flag.Type, flag.State)] = text = $"{flag.Type} ({flag.State})";
            foreach (var id in flag.ClaimIds)
            {
                if (!of.TryGetValue(id, out var list)) of[id] = list = [];
                if (!list.Contains(text)) list.Add(text);
            }
        }
        foreach (var list in of.Values) list.Sort(StringComparer.Ordinal);
        return of.ToDictionary(p => p.Key, p => (IReadOnlyList<string>)p.Value);
    }
}
