using System.Net;
using System.Net.Sockets;

namespace CasualtyDashboard.Web;

/// <summary>
/// Where the app listens. The standard settings choose: <c>--urls</c>, <c>ASPNETCORE_URLS</c>, <c>ASPNETCORE_HTTP_PORTS</c>
/// (and <c>ASPNETCORE_HTTPS_PORTS</c>); only when none is set does the app listen on <see cref="DefaultUrl"/>. Before the
/// database is migrated or a job starts, each address is bound once and released, so a busy port stops the app at once
/// with one line instead of a stack trace after start-up work.
/// </summary>
public static class HostingAddresses
{
    public const string DefaultUrl = "http://localhost:5080";

    /// <summary>Listens on <see cref="DefaultUrl"/> unless an address or port is set by the standard settings.</summary>
    public static void UseDefaultUrlUnlessSet(this WebApplicationBuilder builder)
    {
        if (NoneSet(builder.Configuration)) builder.WebHost.UseUrls(DefaultUrl);
    }

    /// <summary>True when neither an address (<c>urls</c>) nor a port (<c>http_ports</c>, <c>https_ports</c>) is set.</summary>
    public static bool NoneSet(IConfiguration c) =>
        string.IsNullOrWhiteSpace(c["urls"]) && string.IsNullOrWhiteSpace(c["http_ports"]) && string.IsNullOrWhiteSpace(c["https_ports"]);

    /// <summary>The addresses Kestrel will bind, as scheme://host:port, from the same settings it reads.</summary>
    public static IReadOnlyList<Uri> Configured(IConfiguration configuration)
    {
        if (configuration["urls"] is { } urls && !string.IsNullOrWhiteSpace(urls))
            return urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(u => new Uri(u.Replace("://*", "://0.0.0.0").Replace("://+", "://0.0.0.0"))).ToList();
        return Ports(configuration["http_ports"], "http").Concat(Ports(configuration["https_ports"], "https")).ToList();
    }

    /// <summary>The first address whose port another process holds, or null when all can be bound.</summary>
    public static Uri? FirstBusy(IEnumerable<Uri> addresses) => addresses.FirstOrDefault(IsBusy);

    /// <summary>The one line printed for a busy port.</summary>
    public static string BusyMessage(Uri address) =>
        $"Port {address.Port} is already in use ({address.GetLeftPart(UriPartial.Authority)}): stop the program using it, or choose another port with --urls, ASPNETCORE_URLS or ASPNETCORE_HTTP_PORTS.";

    private static IEnumerable<Uri> Ports(string? ports, string scheme) =>
        (ports ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => new Uri($"{scheme}://0.0.0.0:{p}"));

    private static bool IsBusy(Uri address)
    {
        if (address.Port == 0) return false;
        foreach (var ip in Addresses(address.Host))
        {
            using var socket = new Socket(ip.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
            try
            {
                socket.Bind(new IPEndPoint(ip, address.Port));
                socket.Listen();
            }
            catch (SocketException ex) when (ex.SocketErrorCode == SocketError.AddressAlreadyInUse)
            {
                return true;
            }
            catch (SocketException)
            {
                // Another problem (no IPv6 here, an address not on this machine): Kestrel reports it itself.
            }
        }
        return false;
    }

    private static IEnumerable<IPAddress> Addresses(string host)
    {
        if (host.Equals("localhost", StringComparison.OrdinalIgnoreCase)) return [IPAddress.Loopback, IPAddress.IPv6Loopback];
        // Kestrel binds a host name other than localhost on every interface.
        return IPAddress.TryParse(host.Trim('[', ']'), out var ip) ? [ip] : [IPAddress.Any];
    }
}
