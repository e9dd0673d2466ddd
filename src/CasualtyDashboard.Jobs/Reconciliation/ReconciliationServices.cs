using CasualtyDashboard.Data.Queries;
using CasualtyDashboard.Jobs.Jobs;
using CasualtyDashboard.Jobs.Scheduling;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CasualtyDashboard.Jobs.Reconciliation;

public static class ReconciliationServices
{
    /// <summary>
    /// Reconciliation: its settings, the reconcile job (cron <c>Jobs:Reconcile:Cron</c>), reference imports (and the files of
    /// <c>Reference:Files</c> at start), and analysts' decisions. Call after the scheduler is registered, so the start-up
    /// import can wake the job.
    /// </summary>
    public static IHostApplicationBuilder AddReconciliation(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<ReconciliationSettings>().BindConfiguration(ReconciliationSettings.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<ReconcileJobOptions>().BindConfiguration(ReconcileJobOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<ReferenceOptions>().BindConfiguration(ReferenceOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<ReconciliationService>();
        services.AddSingleton<ReconciliationTrigger>();
        services.AddSingleton<ReferenceImportService>();
        services.AddSingleton<AnalystDecisionService>();
        services.AddSingleton<ReconciliationQueries>();
        // Replaces the stand-in registered by AddReview(): the exports' conflict_flags column reads the stored flags.
        services.AddSingleton<IFigureFlagSource, ReconciliationFigureFlags>();

        var cron = builder.Configuration.GetSection(ReconcileJobOptions.SectionName).GetValue(nameof(ReconcileJobOptions.Cron), new ReconcileJobOptions().Cron)!;
        services.AddSingleton(new JobDefinition(ReconcileFiguresJob.Name, typeof(ReconcileFiguresJob), cron,
            "Reconciles figures and reference series into series, reconciled values and conflicts"));
        services.AddScoped<ReconcileFiguresJob>();
        services.AddHostedService<ReferenceFilesImporter>();
        return builder;
    }
}
