using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ConsultEngine.Hosting.Notifications.Sms;

/// <summary>
/// The text-message transport an installation really has: one a host registered itself, or the HTTP
/// gateway transport once its <see cref="SmsOptions.BaseUrl"/> is set. The HTTP transport is always
/// registered (its options are read only when the host starts), so "registered" alone does not mean
/// "configured".
/// </summary>
internal static class SmsGateway
{
    public static ISmsTransport? Of(IServiceProvider services) => services.GetService<ISmsTransport>() switch
    {
        HttpSmsTransport when !services.GetRequiredService<IOptions<SmsOptions>>().Value.IsConfigured => null,
        var transport => transport,
    };
}
