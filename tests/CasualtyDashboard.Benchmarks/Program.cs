using BenchmarkDotNet.Running;

// Every benchmark class in this assembly: `dotnet run -c Release --project tests/CasualtyDashboard.Benchmarks -- --filter '*'`.
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
