using System.Text.Json;

namespace CasualtyDashboard.Web.Tests;

/// <summary>The runtime settings the app's build writes for its process (its runtimeconfig.json, copied here with the app).</summary>
public sealed class RuntimeSettingsTests
{
    [Fact]
    public void TheApp_RunsWithoutPgosInstrumentedTier_AndWithServerGc()
    {
        // A hot method compiled twice (quick, then optimised), not three times: in its first minutes the app spent more CPU
        // re-compiling than serving the dashboard (decision 085).
        var file = Path.Combine(AppContext.BaseDirectory, "CasualtyDashboard.Web.runtimeconfig.json");
        using var config = JsonDocument.Parse(File.ReadAllText(file));
        var properties = config.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties");

        Assert.True(properties.TryGetProperty("System.Runtime.TieredPGO", out var pgo), "the app's runtimeconfig.json sets no TieredPGO");
        Assert.False(pgo.GetBoolean());
        Assert.True(properties.GetProperty("System.GC.Server").GetBoolean());
    }
}
