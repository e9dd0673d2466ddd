using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Configuration;

namespace CasualtyDashboard.Web.Tests;

/// <summary>The port settings the app honours, its default only when none is set, and the busy-port check.</summary>
public sealed class HostingAddressesTests
{
    /// <summary>The settings as the web host reads them: command line over ASPNETCORE_-prefixed variables (here given as a dictionary).</summary>
    private static IConfiguration Settings(Dictionary<string, string?> environment, params string[] args) =>
        new ConfigurationBuilder().AddInMemoryCollection(environment).AddCommandLine(args).Build();

    [Fact]
    public void NoSetting_GetsTheReadmesDefault()
    {
        Assert.True(HostingAddresses.NoneSet(Settings([])));
        Assert.Equal("http://localhost:5080", HostingAddresses.DefaultUrl);
    }

    [Theory]
    [InlineData("--urls", "http://127.0.0.1:6123", "http://127.0.0.1:6123/")]
    [InlineData("--http_ports", "6124", "http://0.0.0.0:6124/")]
    public void ACommandLineSetting_IsWhereKestrelListens_AndNoDefaultIsAdded(string key, string value, string expected)
    {
        var settings = Settings([], key, value);
        Assert.False(HostingAddresses.NoneSet(settings));
        Assert.Equal([new Uri(expected)], HostingAddresses.Configured(settings));
    }

    [Theory]
    [InlineData("URLS", "http://127.0.0.1:6127", "http://127.0.0.1:6127/")]
    [InlineData("HTTP_PORTS", "6128;6129", "http://0.0.0.0:6128/")]
    public void AVariable_IsWhereKestrelListens_AndNoDefaultIsAdded(string key, string value, string expected)
    {
        var settings = Settings(new() { [key] = value });
        Assert.False(HostingAddresses.NoneSet(settings));
        Assert.Equal(new Uri(expected), HostingAddresses.Configured(settings)[0]);
    }

    [Fact]
    public void SeveralUrls_AndWildcards_AreEachChecked()
    {
        var settings = Settings([], "--urls", "http://*:6125;https://[::1]:6126");
        Assert.Equal([new Uri("http://0.0.0.0:6125"), new Uri("https://[::1]:6126")], HostingAddresses.Configured(settings));
    }

    [Fact]
    public void FirstBusy_FindsThePortAnotherListenerHolds_AndNothingWhenFree()
    {
        using var holder = new TcpListener(IPAddress.Loopback, 0);
        holder.Start();
        var busy = new Uri($"http://127.0.0.1:{((IPEndPoint)holder.LocalEndpoint).Port}");
        var free = new Uri($"http://127.0.0.1:{FreePort()}");

        Assert.Equal(busy, HostingAddresses.FirstBusy([free, busy]));
        Assert.NotNull(HostingAddresses.FirstBusy([new Uri($"http://localhost:{busy.Port}")])); // localhost covers 127.0.0.1
        Assert.Null(HostingAddresses.FirstBusy([free]));
        Assert.StartsWith($"Port {busy.Port} is already in use (http://127.0.0.1:{busy.Port})", HostingAddresses.BusyMessage(busy));
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
