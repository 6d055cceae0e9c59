using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace ConsultEngine.Web.Edges;

/// <summary>
/// The <c>ConsultWeb:ForwardedHeaders</c> settings: the reverse proxies whose <c>X-Forwarded-For</c> and
/// <c>X-Forwarded-Proto</c> are believed, by address (<c>KnownProxies</c>) or network in CIDR form
/// (<c>KnownNetworks</c>). Empty by default: no one is trusted, and the connection's address is the client's.
/// </summary>
internal sealed class ForwardedHeadersSettings
{
    public const string SectionName = "ConsultWeb:ForwardedHeaders";

    public IReadOnlyList<string> KnownProxies { get; set; } = [];

    public IReadOnlyList<string> KnownNetworks { get; set; } = [];
}

/// <summary>
/// Forwarded headers from the configured proxies only. ASP.NET Core's middleware trusts every sender
/// when both of its lists are empty, and loopback by default; so its lists are cleared and filled from
/// configuration, and the middleware is not used at all when nothing is configured. Each hop of
/// <c>X-Forwarded-For</c> is taken only while the address that sent it is a known proxy, so a client's
/// own <c>X-Forwarded-For</c> never passes for its address.
/// </summary>
internal static class ForwardedHeadersSetup
{
    /// <summary>Uses the forwarded headers of the configured proxies; first in the pipeline, so that everything after sees the client's address.</summary>
    /// <exception cref="InvalidOperationException">A configured proxy is not an IP address, or a network not CIDR.</exception>
    public static WebApplication UseConsultForwardedHeaders(this WebApplication app)
    {
        var settings = app.Configuration.GetSection(ForwardedHeadersSettings.SectionName).Get<ForwardedHeadersSettings>() ?? new ForwardedHeadersSettings();
        if (Options(settings) is { } options)
        {
            app.UseForwardedHeaders(options);
        }

        return app;
    }

    /// <summary>The middleware's options for <paramref name="settings"/>, or <c>null</c> when no proxy is configured.</summary>
    public static ForwardedHeadersOptions? Options(ForwardedHeadersSettings settings)
    {
        if (settings.KnownProxies.Count == 0 && settings.KnownNetworks.Count == 0)
        {
            return null;
        }

        var options = new ForwardedHeadersOptions
        {
            ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto,
            // Every hop is checked against the lists, so a chain of known proxies may be walked whole.
            ForwardLimit = null,
        };
        options.KnownProxies.Clear();
        options.KnownIPNetworks.Clear();
        foreach (var proxy in settings.KnownProxies)
        {
            options.KnownProxies.Add(IPAddress.TryParse(proxy, out var address)
                ? address
                : throw new InvalidOperationException($"{ForwardedHeadersSettings.SectionName}:KnownProxies: '{proxy}' is not an IP address."));
        }

        foreach (var network in settings.KnownNetworks)
        {
            options.KnownIPNetworks.Add(System.Net.IPNetwork.TryParse(network, out var parsed)
                ? parsed
                : throw new InvalidOperationException($"{ForwardedHeadersSettings.SectionName}:KnownNetworks: '{network}' is not a network in CIDR form (10.0.0.0/8)."));
        }

        return options;
    }
}
