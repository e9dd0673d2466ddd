using CasualtyDashboard.Data;
using Microsoft.EntityFrameworkCore;

namespace CasualtyDashboard.Web.Services.Dashboard;

/// <summary>The whole sentence of each news claim's evidence, read from its article (a point's few claims, on a click).</summary>
public sealed class ClaimSentenceQuery(IDbContextFactory<DashboardDbContext> factory)
{
    public async Task<IReadOnlyDictionary<long, EvidenceSentence>> ForAsync(IEnumerable<long> figureIds, CancellationToken ct = default)
    {
        var ids = figureIds.Where(id => id > 0).Distinct().ToList();
        if (ids.Count == 0) return new Dictionary<long, EvidenceSentence>();
        await using var db = await factory.CreateDbContextAsync(ct);
        var spans = await db.Figures.AsNoTracking().Where(f => ids.Contains(f.Id))
            .Select(f => new { f.Id, f.EvidenceStart, f.EvidenceLength, f.Article!.Text })
            .ToListAsync(ct);
        var sentences = new Dictionary<long, EvidenceSentence>();
        foreach (var span in spans)
        {
            if (EvidenceSentence.Around(span.Text, span.EvidenceStart, span.EvidenceLength) is { } sentence) sentences[span.Id] = sentence;
        }
        return sentences;
    }
}
