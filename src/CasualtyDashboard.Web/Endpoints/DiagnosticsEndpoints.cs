using Microsoft.AspNetCore.Components.Server.Circuits;

namespace CasualtyDashboard.Web.Endpoints;

/// <summary>
/// <c>GET /_diagnostics/memory</c>, for the load benchmark's circuit memory: the managed heap after a full blocking,
/// compacting collection, and how many Blazor circuits are open. Off unless <c>Diagnostics:MemoryEndpoint=true</c>
/// (then neither the endpoint nor the circuit counter exists): a forced collection on request is for measuring, not for
/// a server people use.
/// </summary>
public static class DiagnosticsEndpoints
{
    public const string Setting = "Diagnostics:MemoryEndpoint";

    public static bool Enabled(IConfiguration configuration) => configuration.GetValue<bool>(Setting);

    public static IHostApplicationBuilder AddDiagnostics(this IHostApplicationBuilder builder)
    {
        if (!Enabled(builder.Configuration)) return builder;
        builder.Services.AddSingleton<CircuitCounter>();
        builder.Services.AddScoped<CircuitHandler, CountingCircuitHandler>();
        return builder;
    }

    public static IEndpointRouteBuilder MapDiagnosticsEndpoints(this IEndpointRouteBuilder endpoints, IConfiguration configuration)
    {
        if (!Enabled(configuration)) return endpoints;
        endpoints.MapGet("/_diagnostics/memory", (CircuitCounter circuits) =>
        {
            for (var i = 0; i < 2; i++)
            {
                GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
                GC.WaitForPendingFinalizers();
            }
            var info = GC.GetGCMemoryInfo();
            return Results.Json(new
            {
                heapBytes = GC.GetTotalMemory(forceFullCollection: false),
                committedBytes = info.TotalCommittedBytes,
                circuits = circuits.Open,
            });
        });
        return endpoints;
    }
}

/// <summary>How many circuits are open now (registered only with the diagnostics endpoint).</summary>
public sealed class CircuitCounter
{
    private int _open;

    public int Open => Volatile.Read(ref _open);

    internal void Opened() => Interlocked.Increment(ref _open);

    internal void Closed() => Interlocked.Decrement(ref _open);
}

internal sealed class CountingCircuitHandler(CircuitCounter counter) : CircuitHandler
{
    public override Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        counter.Opened();
        return Task.CompletedTask;
    }

    public override Task OnCircuitClosedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        counter.Closed();
        return Task.CompletedTask;
    }
}
