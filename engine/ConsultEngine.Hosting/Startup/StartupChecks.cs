using ConsultEngine.Hosting.Cluster;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ConsultEngine.Hosting.Startup;

/// <summary>
/// The settings a host's start refuses, checked before the host starts: every option validated on start (all
/// problems at once, <see cref="OptionsValidationException"/>) and the cluster's node and leases (CE8460,
/// CE8461). A host that checks them first reports a refusal itself, as its code and text; refused inside the
/// start, the generic host would also log the exception with its stack trace ("Hosting failed to start").
/// </summary>
public static class StartupChecks
{
    public static void CheckConsultEngineSettings(this IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.GetService<IStartupValidator>()?.Validate();
        _ = services.GetService<ClusterSettings>();
    }
}
