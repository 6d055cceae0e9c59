using Microsoft.Extensions.DependencyInjection;

namespace ConsultEngine.Hosting.Startup;

/// <summary>
/// A service resolved when it is first used rather than when its user is built. Hosted services are
/// all built before the first one starts, so a service they (or what they build) hold must not need
/// the engine's stores in its constructor: the stores are opened by the first hosted service.
/// </summary>
internal sealed class Deferred<T>(IServiceProvider provider)
    where T : notnull
{
    public T Value => provider.GetRequiredService<T>();
}
