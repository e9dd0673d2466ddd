using System.Net;
using System.Net.Sockets;
using CasualtyDashboard.Reconciliation.Messages;

namespace CasualtyDashboard.Jobs.Feeds;

/// <summary>
/// Opens every connection of the <c>feeds</c> client (the first request and each redirect alike): resolves the host,
/// refuses it when any of its addresses is internal (<see cref="InternalAddresses"/>) unless
/// <c>Feeds:AllowedInternalHosts</c> names it, and connects to the addresses it checked, so a second DNS answer cannot
/// slip another address in between check and connection.
/// </summary>
public sealed class FeedConnections(IEnumerable<string> allowedHosts)
{
    private readonly HashSet<string> _allowed = allowedHosts.Select(Normalise).Where(h => h.Length > 0).ToHashSet(StringComparer.OrdinalIgnoreCase);

    public async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken ct)
    {
        var host = Normalise(context.DnsEndPoint.Host);
        var addresses = IPAddress.TryParse(host, out var literal) ? [literal] : await Dns.GetHostAddressesAsync(host, ct);
        if (addresses.Length == 0) throw new SocketException((int)SocketError.HostNotFound);
        if (!_allowed.Contains(host) && addresses.FirstOrDefault(InternalAddresses.IsInternal) is { } inside)
            throw new RefusedAddressException(Message.Of(FeedMessages.InternalAddress, MessageArg.Text(host), MessageArg.Text(inside.ToString()),
                MessageArg.Text("Feeds:AllowedInternalHosts")));
        SocketException? last = null;
        foreach (var address in addresses)
        {
            var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(new IPEndPoint(address, context.DnsEndPoint.Port), ct);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch (SocketException ex)
            {
                socket.Dispose();
                last = ex;
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        }
        throw last!;
    }

    private static string Normalise(string host) => host.Trim().Trim('[', ']').TrimEnd('.').ToLowerInvariant();
}
