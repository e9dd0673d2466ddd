using CasualtyDashboard.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace CasualtyDashboard.Data;

/// <summary>
/// Takes a batch of articles for one extraction run so that no other run, in this process or another, takes them too.
/// The claim is one UPDATE whose WHERE repeats the conditions (still due, not held by a live claim): SQLite runs it under
/// its single writer lock, and PostgreSQL and SQL Server re-check the WHERE on the row version they lock, so of two
/// runs racing for an article exactly one gets it. Provider-neutral LINQ (<c>ExecuteUpdate</c>), no raw SQL.
/// </summary>
public static class ArticleClaims
{
    /// <summary>
    /// Claims up to <paramref name="count"/> articles of <paramref name="due"/> with ids above <paramref name="afterId"/>
    /// until <paramref name="now"/> + <paramref name="lease"/>, and loads the ones this call got (tracked, with their outlet).
    /// <c>LastCandidateId</c> is where the next call goes on (null: nothing left); the list may be shorter than the
    /// candidates, or empty, when another run got some first.
    /// </summary>
    public static async Task<(List<Article> Claimed, long? LastCandidateId)> ClaimAsync(
        DashboardDbContext db, IQueryable<Article> due, long afterId, int count, DateTime now, TimeSpan lease, CancellationToken ct)
    {
        var free = due.Where(a => a.ClaimedUntil == null || a.ClaimedUntil < now);
        var candidates = await free.Where(a => a.Id > afterId).OrderBy(a => a.Id).Select(a => a.Id).Take(count).ToListAsync(ct);
        if (candidates.Count == 0) return ([], null);
        var token = Guid.NewGuid();
        var until = now + lease;
        await free.Where(a => candidates.Contains(a.Id))
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.ClaimToken, token).SetProperty(a => a.ClaimedUntil, until), ct);
        var claimed = await db.Articles.Include(a => a.Outlet)
            .Where(a => candidates.Contains(a.Id) && a.ClaimToken == token).OrderBy(a => a.Id).ToListAsync(ct);
        return (claimed, candidates[^1]);
    }

    /// <summary>Lets go of a claimed article (when its results are saved, the token checks the claim is still this run's).</summary>
    public static void Release(Article article)
    {
        article.ClaimToken = null;
        article.ClaimedUntil = null;
    }
}
