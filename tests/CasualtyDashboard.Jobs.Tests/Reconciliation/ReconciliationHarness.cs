using CasualtyDashboard.Data.Analysts;
using CasualtyDashboard.Extraction;
using CasualtyDashboard.Jobs.Extraction;
using CasualtyDashboard.Jobs.Ingestion;
using CasualtyDashboard.Jobs.Reconciliation;
using CasualtyDashboard.Jobs.Scheduling;
using CasualtyDashboard.Reconciliation.Reference;
using Microsoft.Extensions.Logging.Abstractions;
using MsOptions = Microsoft.Extensions.Options.Options;

namespace CasualtyDashboard.Jobs.Tests.Reconciliation;

/// <summary>
/// The pipeline harness (real migrated SQLite file, scheduling off) with the reconciliation services, and extraction by
/// the real Arabic extractor. With scheduling off, imports and decisions reconcile inline.
/// </summary>
public sealed class ReconciliationHarness : IDisposable
{
    public ReconciliationHarness(ReconciliationSettings? settings = null, string analyst = "test-analyst")
    {
        Reconciliation = new ReconciliationService(Pipeline, MsOptions.Create(settings ?? new ReconciliationSettings()), Pipeline.Updates,
            Pipeline.Clock, NullLogger<ReconciliationService>.Instance);
        var trigger = new ReconciliationTrigger(Pipeline.Launcher, Reconciliation, Pipeline.Tracker, new InProcessJobRunGuard());
        References = new ReferenceImportService(Pipeline, trigger, Pipeline.Updates, new Data.Audit.AuditTrail(CurrentAnalyst.Named(analyst), Pipeline.Clock), Pipeline.Clock);
        Decisions = new AnalystDecisionService(Pipeline, CurrentAnalyst.Named(analyst), trigger, Pipeline.Updates, Pipeline.Clock);
        RealExtraction = new ArticleExtractionService(Pipeline, new ArabicCasualtyExtractor(), MsOptions.Create(Pipeline.Options), Pipeline.Updates,
            Pipeline.Clock, NullLogger<ArticleExtractionService>.Instance);
    }

    public PipelineHarness Pipeline { get; } = new();
    public ReconciliationService Reconciliation { get; }
    public ReferenceImportService References { get; }
    public AnalystDecisionService Decisions { get; }
    public ArticleExtractionService RealExtraction { get; }

    /// <summary>Ingests corpus files through the ingestor and extracts them with the real extractor.</summary>
    public async Task IngestAndExtractCorpusAsync(params string[] files)
    {
        foreach (var file in files)
        {
            var parsed = ArticleJsonReader.Read(await File.ReadAllTextAsync(SharedCorpus.Corpus(file)));
            Assert.Empty(parsed.Errors);
            await Pipeline.Ingestor.IngestAsync(parsed.Articles, "test", CancellationToken.None);
        }

        await RealExtraction.ProcessPendingAsync(null, CancellationToken.None);
    }

    public async Task<ReferenceImportResult> ImportReferenceAsync(string file) =>
        await References.ImportAsync(await File.ReadAllBytesAsync(SharedCorpus.Reference(file)), TfpReferenceReader.DatasetOf(file), file, "test",
            onlyIfChanged: false, CancellationToken.None);

    public Task<ReconciliationRunSummary> ReconcileAsync() => Reconciliation.RunAsync(null, CancellationToken.None);

    public void Dispose()
    {
        Reconciliation.Dispose();
        Pipeline.Dispose();
    }
}
