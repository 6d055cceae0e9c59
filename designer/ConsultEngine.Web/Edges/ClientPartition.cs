using System.Net;
using System.Net.Sockets;

namespace ConsultEngine.Web.Edges;

/// <summary>
/// The client a rate limit counts: its address after the configured proxies' forwarding
/// (<see cref="ForwardedHeadersSetup"/>). An IPv4 client is its address; an IPv6 client is its /64, the
/// block one subscriber is given, so that a client cannot take a fresh bucket with each of its 2^64 addresses.
/// </summary>
internal static class ClientPartition
{
    public static string Of(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return Of(context.Connection.RemoteIpAddress);
    }

    public static string Of(IPAddress? address)
    {
        if (address is null)
        {
            return "unknown";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }

        Span<byte> bytes = stackalloc byte[16];
        address.TryWriteBytes(bytes, out _);
        bytes[8..].Clear();
        return new IPAddress(bytes).ToString() + "/64";
    }
}
