using System.Net;
using ConsultEngine.Web.Edges;

namespace ConsultEngine.Web.Tests.Hostile;

/// <summary>The key a rate limit counts a client by: IPv4 by address, IPv6 by /64.</summary>
public sealed class ClientPartitionTests
{
    [Theory]
    [InlineData("203.0.113.7", "203.0.113.7")]
    [InlineData("::ffff:203.0.113.7", "203.0.113.7")]
    [InlineData("2001:db8:1:2::1", "2001:db8:1:2::/64")]
    [InlineData("2001:db8:1:2:aaaa:bbbb:cccc:dddd", "2001:db8:1:2::/64")]
    [InlineData("2001:db8:1:3::1", "2001:db8:1:3::/64")]
    public void AnAddress_IsCountedByItsPartition(string address, string partition) =>
        Assert.Equal(partition, ClientPartition.Of(IPAddress.Parse(address)));

    [Fact]
    public void NoAddress_IsOnePartition() => Assert.Equal("unknown", ClientPartition.Of((IPAddress?)null));

    [Fact]
    public void NoProxyConfigured_UsesNoForwardedHeaders() =>
        Assert.Null(ForwardedHeadersSetup.Options(new ForwardedHeadersSettings()));

    [Fact]
    public void ConfiguredProxies_AreTheOnlyOnesTrusted()
    {
        var options = ForwardedHeadersSetup.Options(new ForwardedHeadersSettings { KnownProxies = ["10.0.0.5"], KnownNetworks = ["192.168.0.0/16"] })!;

        Assert.Equal([IPAddress.Parse("10.0.0.5")], options.KnownProxies);
        Assert.Equal([IPNetwork.Parse("192.168.0.0/16")], options.KnownIPNetworks);
    }

    [Fact]
    public void AProxyThatIsNotAnAddress_StopsTheStart() =>
        Assert.Throws<InvalidOperationException>(() => ForwardedHeadersSetup.Options(new ForwardedHeadersSettings { KnownProxies = ["proxy.local"] }));
}
