using Microsoft.EntityFrameworkCore;

namespace CasualtyDashboard.Data.Queries;

/// <summary>
/// The text around figures' evidence spans: a window of the article's text (not the whole article, which may be huge)
/// with the span's place inside it, so a page can show the sentence a figure was read from.
/// </summary>
public sealed class EvidenceContextQuery(IDbContextFactory<DashboardDbContext> factory)
{
    /// <summary>Characters read on each side of the span.</summary>
    public const int Margin = 400;

    public async Task<IReadOnlyDictionary<long, EvidenceContext>> AroundAsync(IReadOnlyCollection<long> figureIds, CancellationToken ct = default)
    {
        if (figureIds.Count == 0) return new Dictionary<long, EvidenceContext>();
        await using var db = await factory.CreateDbContextAsync(ct);
        var spans = await db.Figures.AsNoTracking().Where(f => figureIds.Contains(f.Id))
            .Select(f => new { f.Id, f.ArticleId, f.EvidenceStart, f.EvidenceLength }).ToListAsync(ct);
        var result = new Dictionary<long, EvidenceContext>();
        foreach (var span in spans)
        {
            var from = Math.Max(0, span.EvidenceStart - Margin);
            var length = span.EvidenceStart - from + span.EvidenceLength + Margin;
            var window = await db.Articles.AsNoTracking().Where(a => a.Id == span.ArticleId)
                .Select(a => a.Text.Substring(from, length)).FirstOrDefaultAsync(ct);
            if (window is not null) result[span.Id] = new EvidenceContext(span.ArticleId, window, span.EvidenceStart - from, span.EvidenceLength);
        }
        return result;
    }
}

/// <summary>A window of an article's text and where a figure's evidence sits in it.</summary>
public sealed record EvidenceContext(long ArticleId, string Window, int Start, int Length);
