using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;

namespace CasualtyDashboard.Web.Tests;

/// <summary>The load benchmark's memory endpoint: absent unless the setting turns it on.</summary>
public sealed class DiagnosticsEndpointTests
{
    [Fact]
    public async Task MemoryEndpoint_IsAbsentByDefault()
    {
        await using var factory = new DashboardAppFactory();
        using var client = factory.CreateClient();

        var response = await client.GetAsync("/_diagnostics/memory");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task MemoryEndpoint_WhenOn_ReportsTheHeapAndOpenCircuits()
    {
        await using var root = new DashboardAppFactory();
        await using var factory = root.WithWebHostBuilder(b => b.UseSetting("Diagnostics:MemoryEndpoint", "true"));
        using var client = factory.CreateClient();

        using var json = JsonDocument.Parse(await client.GetStringAsync("/_diagnostics/memory"));

        Assert.InRange(json.RootElement.GetProperty("heapBytes").GetInt64(), 1_000_000, long.MaxValue);
        Assert.Equal(0, json.RootElement.GetProperty("circuits").GetInt32());
    }
}
