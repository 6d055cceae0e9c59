using ConsultEngine.Hosting.Verification;
using ConsultEngine.Runtime.Outbox;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

internal static class PersonVerificationServiceCollectionExtensions
{
    /// <summary>
    /// Person verification: its limits (<see cref="PersonVerificationOptions"/>), the SMS one-time-code verifier,
    /// and the outbox sender decorated to deliver the codes through the installation's
    /// <see cref="Notifications.Sms.ISmsTransport"/> (none is registered here: without one, asking for a code
    /// is refused with CE8168). Called after the outbox; calling it again changes nothing.
    /// </summary>
    internal static IServiceCollection AddConsultPersonVerification(this IServiceCollection services)
    {
        if (services.Any(d => d.ServiceType == typeof(VerificationSeal)))
        {
            return services;
        }

        services.AddOptions<PersonVerificationOptions>().BindConfiguration(PersonVerificationOptions.SectionName)
            .Validate(o => o.CodeLifetime > TimeSpan.Zero && o.MaxAttempts > 0 && o.CodesPerNumberPerHour > 0 && o.CodesPerClientPerHour > 0, $"{PersonVerificationOptions.SectionName}: every limit must be positive.")
            .ValidateOnStart();
        services.TryAddSingleton<VerificationSeal>();
        services.TryAddSingleton<ClientWindow>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IPersonVerifier, SmsCodeVerifier>());
        services.Decorate<IOutboxSender, SmsCodeOutboxSender>();
        return services;
    }
}
