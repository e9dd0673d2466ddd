using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;

namespace CasualtyDashboard.Data.Queries;

/// <summary>
/// Every figure matching a filter, in id order, as an async stream for the exports: read in chunks by id (keyset), each
/// chunk with its own short-lived context, so memory stays flat whatever the size and no read holds the database long.
/// The conflict flags are read once, with the first chunk.
/// </summary>
public sealed class FigureExportQuery(IDbContextFactory<DashboardDbContext> factory, IFigureFlagSource flags)
{
    public const int ChunkSize = 1000;

    public async IAsyncEnumerable<FigureRow> StreamAsync(FigureFilter filter, [EnumeratorCancellation] CancellationToken ct = default)
    {
        long after = 0;
        IReadOnlyDictionary<long, IReadOnlyList<string>>? flagsOf = null;
        while (true)
        {
            IReadOnlyList<FigureRow> rows;
            await using (var db = await factory.CreateDbContextAsync(ct))
            {
                var ids = await FigureFilters.Filtered(db, filter).Where(f => f.Id > after).OrderBy(f => f.Id)
                    .Take(ChunkSize).Select(f => f.Id).ToListAsync(ct);
                if (ids.Count == 0) yield break;
                after = ids[^1];
                rows = await FigureRowReader.ReadAsync(db, ids, ct);
            }
            flagsOf ??= await flags.AllAsync(ct);
            if (flagsOf.Count > 0) rows = rows.Select(r => flagsOf.TryGetValue(r.Id, out var f) ? r with { ConflictFlags = f } : r).ToList();
            foreach (var row in rows) yield return row;
        }
    }
}
