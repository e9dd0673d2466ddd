using CasualtyDashboard.Data.Entities;
using CasualtyDashboard.Data.Queries;

namespace CasualtyDashboard.Web.Services;

/// <summary>Everything the Jobs page shows at one moment.</summary>
public sealed record JobsOverview(
    IReadOnlyList<JobRow> Jobs,
    IReadOnlyDictionary<JobRunState, int> RunCounts,
    IReadOnlyList<JobRunView> Runs,
    int FailedArticleCount,
    IReadOnlyList<FailedArticle> FailedArticles)
{
    public int Count(JobRunState state) => RunCounts.TryGetValue(state, out var n) ? n : 0;

    public int Scheduled => Jobs.Count(j => j.NextRun is not null);
}
