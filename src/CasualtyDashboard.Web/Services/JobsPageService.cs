using CasualtyDashboard.Data.Entities;
using CasualtyDashboard.Data.Queries;
using CasualtyDashboard.Jobs.Extraction;
using CasualtyDashboard.Jobs.Scheduling;

namespace CasualtyDashboard.Web.Services;

/// <summary>
/// The Jobs page's logic, after what the Hangfire dashboard gives its users: the schedule with next run times, runs by
/// state with durations and counts, the live progress of a running run, "run now", and "retry failed" for articles.
/// </summary>
public sealed class JobsPageService(JobRunQueries runs, ArticlePipelineQueries articles, FigureQueries counts, JobLauncher launcher, FailedArticleRetrier retrier)
{
    public const int RunsShown = 200;
    public const int FailedArticlesShown = 50;

    public bool SchedulingOn => launcher.IsRunning;

    public static IReadOnlyList<JobRunState> States { get; } = Enum.GetValues<JobRunState>();

    public async Task<JobsOverview> LoadAsync(JobRunState? state, CancellationToken ct = default)
    {
        var running = await runs.RecentAsync(50, JobRunState.Running, ct);
        var recent = await runs.RecentAsync(RunsShown, ct);
        var jobs = new List<JobRow>();
        foreach (var definition in launcher.Definitions)
        {
            jobs.Add(new JobRow(definition, await launcher.NextRunAsync(definition.Name, ct),
                running.FirstOrDefault(r => r.JobName == definition.Name),
                recent.FirstOrDefault(r => r.JobName == definition.Name && r.State != JobRunState.Running)));
        }
        var shown = state is null ? recent : await runs.RecentAsync(RunsShown, state, ct);
        var totals = await counts.CountsAsync(ct);
        return new JobsOverview(jobs, await runs.CountsByStateAsync(ct), shown, totals.FailedArticles,
            totals.FailedArticles > 0 ? await articles.FailedAsync(FailedArticlesShown, ct) : []);
    }

    public async Task<string> RunNowAsync(string jobName, CancellationToken ct = default) =>
        await launcher.TriggerAsync(jobName, JobTriggers.Manual, ct) ? $"{jobName} started." : "Scheduling is off (Jobs:Enabled=false): nothing started.";

    public async Task<string> RetryFailedAsync(CancellationToken ct = default)
    {
        var count = await retrier.RetryFailedAsync(ct);
        if (count == 0) return "No article has failed.";
        return launcher.IsRunning
            ? $"{count} failed articles are pending again with their attempts reset; extraction started."
            : $"{count} failed articles are pending again with their attempts reset; scheduling is off, so they wait for the next run.";
    }
}
