namespace ConsultEngine.Web.Security;

/// <summary>
/// Leaves the data protection key ring to be read when a cookie, token or antiforgery field first needs
/// it, instead of at start. Data protection registers a hosted service that only reads (or makes) the key
/// ring as the host starts; doing so loads the XML stack (System.Private.Xml and its JIT-compiled code),
/// which a host nobody has visited yet keeps resident for nothing. The first request that protects or
/// unprotects reads the ring instead, as it would after the ring's refresh period anyway.
/// </summary>
internal static class KeyRingOnFirstUse
{
    /// <summary>The hosted service data protection adds (internal to ASP.NET Core, so named).</summary>
    private const string StartupReader = "Microsoft.AspNetCore.DataProtection.Internal.DataProtectionHostedService";

    /// <summary>
    /// Removes data protection's start-up reader. Call after every registration that may add data protection
    /// (authentication, antiforgery, Identity add it again each time, once).
    /// </summary>
    public static IServiceCollection Apply(IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        for (var i = services.Count - 1; i >= 0; i--)
        {
            if (services[i].ServiceType == typeof(IHostedService) && services[i].ImplementationType?.FullName == StartupReader)
            {
                services.RemoveAt(i);
            }
        }

        return services;
    }
}
