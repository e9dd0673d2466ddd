using BenchmarkDotNet.Running;
using CasualtyDashboard.Benchmarks;

// `-- throughput`: a quick single-core chars/s measurement of the extractor over the dev corpus, without BenchmarkDotNet.
// Anything else goes to BenchmarkSwitcher, so benchmark classes added as separate files are picked up.
// `-- grid [file] [jumps]`: issue 6's Figures grid and CSV export measurements on a 1,000,000-figure SQLite file
// (`jumps`: only the jumps by position with the page's background snapshot build, decision 076).
if (args.Length > 0 && args[0] == "grid")
{
    return await FigureGridBenchmarks.RunAsync(args.Length > 1 ? args[1] : null, args.Length > 2 ? args[2] : null);
}
if (args.Length > 0 && args[0] == "stages")
{
    return ExtractionStages.Run(args.Length > 1 && int.TryParse(args[1], out var stageSeconds) ? stageSeconds : 1, args.Length > 2 ? args[2] : null);
}

// `-- passes N`: exactly N passes of the whole extraction over the corpus and nothing else, for an instruction counter
// (valgrind --tool=cachegrind with DOTNET_TieredCompilation=0): N passes less 0 passes is the work of N (decision 066).
if (args.Length > 1 && args[0] == "passes" && int.TryParse(args[1], out var passCount))
{
    return ExtractionStages.Passes(passCount);
}

// `-- coverage [seconds]`: how much of the corpus can hold a figure, and what the stages after the analysis spend on the rest (decision 084).
if (args.Length > 0 && args[0] == "coverage")
{
    return ExtractionCoverage.Run(args.Length > 1 && int.TryParse(args[1], out var coverageSeconds) ? coverageSeconds : 3);
}

if (args.Length > 0 && args[0] == "scaling")
{
    return ExtractionStages.Scaling(args.Length > 1 && int.TryParse(args[1], out var megabytes) ? megabytes : 10);
}

if (args.Length > 0 && args[0] == "throughput")
{
    return ExtractionThroughput.Run(args.Length > 1 && int.TryParse(args[1], out var seconds) ? seconds : 5);
}

// `-- ingest-pipeline [COUNT] [sqlite|postgres]`: one app, jobs on while posting: first request to reconciled, and the app's CPU time.
if (args.Length > 0 && args[0] == "ingest-pipeline") return await IngestThroughput.RunPipelinedAsync(args.Length > 1 && int.TryParse(args[1], out var pn) ? pn : 100_000, args.Length > 2 ? args[2] : "sqlite");
if (args.Length > 0 && args[0] == "ingest-quick") return await IngestThroughput.RunAsync(args.Length > 1 && int.TryParse(args[1], out var n) ? n : 100_000, args.Length > 2 ? args[2] : "sqlite");
// `-- reconcile-quick [claims]`: the Reconciler library alone, one cold run over that many synthetic claims (default 1,000,000).
if (args.Length > 0 && args[0] == "reconcile-quick")
{
    Console.WriteLine(ReconciliationBenchmarks.RunQuick(args.Length > 1 && int.TryParse(args[1], out var quick) ? quick : 1_000_000));
    return 0;
}

// `-- reconcile-db [claims]`: the reconcile job's service on a synthetic SQLite database (default 1,000,000 figures).
if (args.Length > 0 && args[0] == "reconcile-db")
{
    return await ReconcileJobMeasurement.RunAsync(args.Length > 1 && int.TryParse(args[1], out var claims) ? claims : 1_000_000);
}

// `-- dashboard [figures] [folder] [service|browser]`: the dashboard's chart service and browser timings on a reconciled synthetic database.
if (args.Length > 0 && args[0] == "dashboard")
{
    return await DashboardMeasurement.RunAsync(args.Length > 1 && int.TryParse(args[1], out var dashboardFigures) ? dashboardFigures : 1_000_000, args.Length > 2 ? args[2] : null, args.Length > 3 ? args[3] : null);
}

// `-- reconciled-export [claims]`: the reconciled dataset export, each format, on the reconcile service's output (default 200,000 figures).
if (args.Length > 0 && args[0] == "reconciled-export")
{
    return await ReconciledExportMeasurement.RunAsync(args.Length > 1 && int.TryParse(args[1], out var figures) ? figures : 200_000);
}

// `-- export-db PATH`: the figures CSV export on an app database (built with 1,000,000 figures when missing), with and
// without the conflict-flag column; `-- export-db postgres:NAME PATH`: the same in a PostgreSQL copy of that file.
if (args.Length > 1 && args[0] == "export-db") return await FigureExportMeasurement.RunAsync(args[1], args.Length > 2 ? args[2] : null);

// `-- load [seconds=300] [readers=50] [writers=5] [circuits=100] [prefill=2000]`: the real app under a mixed read/write load, then circuit memory.
if (args.Length > 0 && args[0] == "load")
{
    int Arg(int i, int fallback) => args.Length > i && int.TryParse(args[i], out var v) ? v : fallback;
    return await LoadMeasurement.RunAsync(Arg(1, 300), Arg(2, 50), Arg(3, 5), Arg(4, 100), Arg(5, 2000));
}

BenchmarkSwitcher.FromAssembly(typeof(ExtractionBenchmarks).Assembly).Run(args);
return 0;
