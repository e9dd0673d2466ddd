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
        // Looked for in two parts, each an index range read in id order: articles never tried (no retry time: the
        // (State, NextAttemptAt) index holds them in id order, so the read stops after `count`) and retries. Asked as one
        // query, SQLite reads every due article through that index and sorts them all, for every batch.
        var fresh = await Candidates(free.Where(a => a.NextAttemptAt == null), afterId, count, ct);
        var retries = await Candidates(free.Where(a => a.NextAttemptAt != null), afterId, count, ct);
        var candidates = fresh.Concat(retries).Order().Take(count).ToList();
        if (candidates.Count == 0) return ([], null);
        var token = Guid.NewGuid();
        var until = now + lease;
        await free.Where(a => candidates.Contains(a.Id))
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.ClaimToken, token).SetProperty(a => a.ClaimedUntil, until), ct);
        var claimed = await db.Articles.Include(a => a.Outlet)
            .Where(a => candidates.Contains(a.Id) && a.ClaimToken == token).OrderBy(a => a.Id).ToListAsync(ct);
        return (claimed, candidates[^1]);
    }

    private static Task<List<long>> Candidates(IQueryable<Article> free, long afterId, int count, CancellationToken ct) =>
        free.Where(a => a.Id > afterId).OrderBy(a => a.Id).Select(a => a.Id).Take(count).ToListAsync(ct);

    /// <summary>Lets go of a claimed article (when its results are saved, the token checks the claim is still this run's).</summary>
    public static void Release(Article article)
    {
        article.ClaimToken = null;
        article.ClaimedUntil = null;
    }
}
