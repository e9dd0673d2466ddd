using CasualtyDashboard.Data.Accounts;
using CasualtyDashboard.Data.Analysts;
using CasualtyDashboard.Data.Entities;
using CasualtyDashboard.Data.Queries;
using CasualtyDashboard.Jobs.Extraction;
using CasualtyDashboard.Jobs.Scheduling;
using CasualtyDashboard.Web.Resources;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;

namespace CasualtyDashboard.Web.Services;

/// <summary>
/// The Jobs page's logic, after what the Hangfire dashboard gives its users: the schedule with next run times, runs by
/// state with durations and counts, the live progress of a running run, "run now", and "retry failed" for articles.
/// </summary>
public sealed class JobsPageService(
    JobRunQueries runs, ArticlePipelineQueries articles, FigureQueries counts, JobLauncher launcher, FailedArticleRetrier retrier,
    IStringLocalizer<SharedResource> l, CurrentAnalyst analyst)
{
    public const int RunsShown = 200;
    public const int FailedArticlesShown = 50;

    /// <summary>The setting that turns scheduling off, as the messages name it.</summary>
    public const string SchedulingSetting = "Jobs:Enabled=false";

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

    /// <summary>Starts a job now (Admins only, as Hangfire's own buttons).</summary>
    public async Task<string> RunNowAsync(string jobName, CancellationToken ct = default)
    {
        analyst.Demand(Permission.Admin);
        return await launcher.TriggerAsync(jobName, JobTriggers.Manual, ct) ? l["Jobs.Started.Message", jobName] : l["Jobs.NothingStarted", SchedulingSetting];
    }

    public async Task<string> RetryFailedAsync(CancellationToken ct = default)
    {
        analyst.Demand(Permission.Admin);
        var count = await retrier.RetryFailedAsync(ct);
        if (count == 0) return l["Jobs.NoneFailed"];
        return l[launcher.IsRunning ? "Jobs.Retried" : "Jobs.RetriedWaiting", UiFormat.Number(count)];
    }

    /// <summary>A run state in the interface language.</summary>
    public string StateLabel(JobRunState state) => l[$"JobRunState.{state}"];

    /// <summary>What started a run (scheduled, manual, ...) in the interface language; an unknown trigger as it is.</summary>
    public string TriggerLabel(string trigger) => l[$"JobTrigger.{trigger}"] is { ResourceNotFound: false } s ? s.Value : trigger;

    /// <summary>What a job does, in the interface language when it has a translation, else its own description.</summary>
    public MarkupString Description(JobDefinition job) => l[$"Job.{job.Name}"] is { ResourceNotFound: false } s
        ? BidiText.Format(s.Value, BidiText.Ltr("done/"), BidiText.Ltr("failed/"))
        : new MarkupString(System.Net.WebUtility.HtmlEncode(job.Description));

    /// <summary>How long a finished run took, in seconds; empty while it runs.</summary>
    public string Duration(JobRunView run) => run.Duration is { } d ? l["Common.Seconds", UiFormat.Tenths(d.TotalSeconds)] : "";
}
