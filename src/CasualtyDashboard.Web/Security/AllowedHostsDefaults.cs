using System.Net;
using Microsoft.AspNetCore.HostFiltering;

namespace CasualtyDashboard.Web.Security;

/// <summary>
/// The Host names the app answers (ASP.NET Core's host filtering, setting <c>AllowedHosts</c>, names separated by <c>;</c>):
/// a page served under any other name is refused with 400, so a DNS-rebinding site cannot read the dashboard through its
/// own name. When the setting is empty or missing the default is the loopback names plus the hosts of the listening
/// addresses (for <c>0.0.0.0</c>, <c>*</c> or <c>+</c>: this machine's name and its addresses). <c>"*"</c> allows every name.
/// </summary>
public static class AllowedHostsDefaults
{
    public static IReadOnlyList<string> Loopback { get; } = ["localhost", "127.0.0.1", "[::1]"];

    public static void AddAllowedHostsDefaults(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        builder.Services.PostConfigure<HostFilteringOptions>(options =>
        {
            // ASP.NET Core's own default (registered first) is "*" when the setting is empty: replaced here.
            if (!string.IsNullOrWhiteSpace(configuration["AllowedHosts"])) return;
            options.AllowedHosts = For(HostingAddresses.Configured(configuration)).ToList();
        });
    }

    /// <summary>The default list for the listening addresses <paramref name="addresses"/> (the default URL when none).</summary>
    public static IReadOnlyList<string> For(IReadOnlyList<Uri> addresses)
    {
        var hosts = new List<string>(Loopback);
        if (addresses.Count == 0) addresses = [new Uri(HostingAddresses.DefaultUrl)];
        foreach (var address in addresses)
        {
            var host = address.Host;
            if (host is "0.0.0.0" or "[::]" or "::")
            {
                hosts.Add(Dns.GetHostName());
                hosts.AddRange(LocalAddresses());
            }
            else
            {
                hosts.Add(host);
            }
        }
        return hosts.Distinct(StringComparer.OrdinalIgnoreCase).ToList();
    }

    private static IEnumerable<string> LocalAddresses()
    {
        IPAddress[] addresses;
        try { addresses = Dns.GetHostAddresses(Dns.GetHostName()); }
        catch (System.Net.Sockets.SocketException) { addresses = []; }
        var interfaces = System.Net.NetworkInformation.NetworkInterface.GetAllNetworkInterfaces()
            .SelectMany(n => n.GetIPProperties().UnicastAddresses).Select(u => u.Address);
        return addresses.Concat(interfaces).Distinct()
            .Select(a => a.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6 ? $"[{a}]" : a.ToString());
    }
}
