using System.Net;
using System.Net.Sockets;

namespace CasualtyDashboard.E2E.Tests;

/// <summary>The real process's port: chosen by the standard settings, and a busy one stops the app at once with one line.</summary>
public sealed class HostingTests
{
    private static readonly Dictionary<string, string> Quiet = new() { ["Demo:Enabled"] = "false", ["Jobs:Enabled"] = "false" };

    [Fact]
    public async Task BusyPort_StopsTheAppAtOnce_WithOneLine_BeforeTheDatabaseOrAJob()
    {
        using var holder = new TcpListener(IPAddress.Loopback, 0);
        holder.Start();
        var port = ((IPEndPoint)holder.LocalEndpoint).Port;
        var folder = Directory.CreateTempSubdirectory("cd-port-").FullName;
        try
        {
            var (exitCode, output, elapsed) = await AppProcess.RunToExitAsync(port, folder, TimeSpan.FromSeconds(60),
                new Dictionary<string, string> { ["Demo:Enabled"] = "true", ["Jobs:Enabled"] = "true" });

            Assert.NotEqual(0, exitCode);
            var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var line = Assert.Single(lines);
            Assert.Equal($"Port {port} is already in use (http://127.0.0.1:{port}): stop the program using it, or choose another port with --urls, ASPNETCORE_URLS or ASPNETCORE_HTTP_PORTS.", line);
            Assert.False(File.Exists(Path.Combine(folder, "casualty.db")), "no database was created or migrated");
            Assert.True(elapsed < TimeSpan.FromSeconds(20), $"took {elapsed.TotalSeconds:F1} s");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Theory]
    [InlineData(PortSetting.UrlsVariable)]
    [InlineData(PortSetting.HttpPortsVariable)]
    public async Task PortFromTheStandardVariable_IsWhereTheAppListens(PortSetting setting)
    {
        await using var app = await AppProcess.StartAsync(Quiet, portSetting: setting);

        using var http = AppSessions.Client(app.BaseAddress);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("health")).StatusCode);
        Assert.Contains($"Now listening on: http://", app.Output);
        Assert.Contains($":{app.BaseAddress.Port}", app.Output);
        Assert.DoesNotContain("5080", app.Output);
    }
}
