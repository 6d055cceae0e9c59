using ConsultEngine.Hosting.Notifications.Sms;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;

namespace Microsoft.Extensions.DependencyInjection;

internal static class SmsServiceCollectionExtensions
{
    /// <summary>
    /// Text messages through the HTTP gateway of <see cref="SmsOptions"/>: the options (checked on
    /// start), the named client with its resilience handler (a few quick retries of transient failures,
    /// each attempt bounded by the options' timeout) and <see cref="ISmsTransport"/>.
    /// </summary>
    internal static IServiceCollection AddConsultSms(this IServiceCollection services)
    {
        services.AddOptions<SmsOptions>().BindConfiguration(SmsOptions.SectionName)
            .Validate(o => !o.IsConfigured || (Uri.TryCreate(o.BaseUrl, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"),
                $"{SmsOptions.SectionName}:{nameof(SmsOptions.BaseUrl)} must be an absolute http(s) address.")
            .Validate(o => !o.IsConfigured || o.Channel != SmsChannel.Zalo || !string.IsNullOrWhiteSpace(o.TemplateId),
                $"{SmsOptions.SectionName}:{nameof(SmsOptions.TemplateId)} is required for the Zalo channel.")
            .Validate(o => o.Retries is >= 0 and <= 10 && o.Timeout > TimeSpan.Zero && o.RetryDelay >= TimeSpan.Zero,
                $"{SmsOptions.SectionName}: {nameof(SmsOptions.Retries)} is 0 to 10, {nameof(SmsOptions.Timeout)} positive.")
            .ValidateOnStart();

        // Each attempt is bounded by the resilience handler and the whole send by the outbox's send timeout.
        services.AddHttpClient(HttpSmsTransport.ClientName, client => client.Timeout = Timeout.InfiniteTimeSpan)
            .AddResilienceHandler("sms-gateway", static (pipeline, context) =>
            {
                var settings = context.ServiceProvider.GetRequiredService<IOptions<SmsOptions>>().Value;
                if (settings.Retries > 0)
                {
                    // 5xx, 408, 429, no connection and a timed-out attempt; a Retry-After is not waited for: the outbox's backoff does the long waits.
                    pipeline.AddRetry(new HttpRetryStrategyOptions
                    {
                        MaxRetryAttempts = settings.Retries,
                        Delay = settings.RetryDelay,
                        BackoffType = DelayBackoffType.Exponential,
                        UseJitter = true,
                        ShouldRetryAfterHeader = false,
                    });
                }

                pipeline.AddTimeout(Clamp(settings.Timeout));
            });
        services.TryAddSingleton<ISmsTransport, HttpSmsTransport>();
        return services;
    }

    /// <summary>The range the timeout strategy accepts.</summary>
    private static TimeSpan Clamp(TimeSpan timeout) =>
        timeout < TimeSpan.FromMilliseconds(10) ? TimeSpan.FromMilliseconds(10) : timeout > TimeSpan.FromDays(1) ? TimeSpan.FromDays(1) : timeout;
}
