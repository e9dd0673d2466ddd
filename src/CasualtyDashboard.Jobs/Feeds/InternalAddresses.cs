using System.Net;
using System.Net.Sockets;

namespace CasualtyDashboard.Jobs.Feeds;

/// <summary>
/// Addresses a feed fetch must not reach: this machine (loopback, unspecified), private networks (RFC 1918, IPv6 unique
/// local), link-local (cloud metadata at 169.254.169.254 included), carrier-grade NAT (100.64.0.0/10), benchmarking,
/// documentation, multicast and reserved ranges, in IPv4 and IPv6; IPv4 inside IPv6 (mapped <c>::ffff:a.b.c.d</c>,
/// compatible <c>::a.b.c.d</c>, NAT64 <c>64:ff9b::/96</c>, 6to4 <c>2002::/16</c>) is judged by its IPv4 address.
/// </summary>
public static class InternalAddresses
{
    private static readonly (IPAddress Network, int Bits)[] V4 =
    [
        (IPAddress.Parse("0.0.0.0"), 8), (IPAddress.Parse("10.0.0.0"), 8), (IPAddress.Parse("100.64.0.0"), 10),
        (IPAddress.Parse("127.0.0.0"), 8), (IPAddress.Parse("169.254.0.0"), 16), (IPAddress.Parse("172.16.0.0"), 12),
        (IPAddress.Parse("192.0.0.0"), 24), (IPAddress.Parse("192.0.2.0"), 24), (IPAddress.Parse("192.88.99.0"), 24),
        (IPAddress.Parse("192.168.0.0"), 16), (IPAddress.Parse("198.18.0.0"), 15), (IPAddress.Parse("198.51.100.0"), 24),
        (IPAddress.Parse("203.0.113.0"), 24), (IPAddress.Parse("224.0.0.0"), 4), (IPAddress.Parse("240.0.0.0"), 4),
    ];

    private static readonly (IPAddress Network, int Bits)[] V6 =
    [
        (IPAddress.Parse("100::"), 64), (IPAddress.Parse("2001::"), 23),
        (IPAddress.Parse("2001:db8::"), 32), (IPAddress.Parse("fc00::"), 7), (IPAddress.Parse("fe80::"), 10), (IPAddress.Parse("fec0::"), 10),
        (IPAddress.Parse("ff00::"), 8),
    ];

    private static readonly IPAddress Nat64 = IPAddress.Parse("64:ff9b::");
    private static readonly IPAddress SixToFour = IPAddress.Parse("2002::");

    /// <summary>True when <paramref name="address"/> lies in a range a feed fetch must not reach.</summary>
    public static bool IsInternal(IPAddress address)
    {
        if (address.AddressFamily == AddressFamily.InterNetwork) return V4.Any(r => InRange(address, r.Network, r.Bits));
        if (address.AddressFamily != AddressFamily.InterNetworkV6) return true;
        if (address.IsIPv4MappedToIPv6) return IsInternal(address.MapToIPv4());
        var bytes = address.GetAddressBytes();
        // IPv4-compatible ::a.b.c.d (deprecated, but some stacks still route it), NAT64 and 6to4 carry an IPv4 address.
        // (:: and ::1 fall in 0.0.0.0/8 there.)
        if (bytes.AsSpan(0, 12).IndexOfAnyExcept((byte)0) < 0) return IsInternal(new IPAddress(bytes.AsSpan(12, 4)));
        if (InRange(address, Nat64, 96)) return IsInternal(new IPAddress(bytes.AsSpan(12, 4)));
        if (InRange(address, SixToFour, 16)) return IsInternal(new IPAddress(bytes.AsSpan(2, 4)));
        return V6.Any(r => InRange(address, r.Network, r.Bits));
    }

    private static bool InRange(IPAddress address, IPAddress network, int bits)
    {
        if (address.AddressFamily != network.AddressFamily) return false;
        var a = address.GetAddressBytes();
        var n = network.GetAddressBytes();
        var whole = bits / 8;
        if (!a.AsSpan(0, whole).SequenceEqual(n.AsSpan(0, whole))) return false;
        var rest = bits % 8;
        if (rest == 0) return true;
        var mask = (byte)(0xFF << (8 - rest));
        return (a[whole] & mask) == (n[whole] & mask);
    }
}
