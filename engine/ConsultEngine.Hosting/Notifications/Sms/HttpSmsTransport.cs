using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using ConsultEngine.Runtime.Outbox;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly.Timeout;

namespace ConsultEngine.Hosting.Notifications.Sms;

/// <summary>
/// Posts text messages to the configured HTTP gateway (<see cref="SmsOptions"/>) through the named
/// client <see cref="ClientName"/>, whose resilience handler bounds each attempt and retries transient
/// failures a few times at once. A 2xx answer means sent; another 4xx than 408 and 429 refuses the
/// message for good (dead-lettered at once); what is still transient after the quick retries goes back
/// to the outbox, whose backoff tries again later. The number and the text are never logged nor kept in
/// an exception: only the code, the gateway's status and the message key.
/// </summary>
internal sealed partial class HttpSmsTransport(IHttpClientFactory clients, IOptions<SmsOptions> options, ILogger<HttpSmsTransport> logger) : ISmsTransport
{
    public const string ClientName = "ConsultEngine.Notifications.Sms";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task SendAsync(SmsLetter letter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(letter);
        var settings = options.Value;
        var key = SmsMessageKey.Current ?? Guid.NewGuid().ToString("N");
        if (!settings.IsConfigured)
        {
            LogNotSent(logger, key, NotificationCodes.SmsNotConfigured);
            throw new OutboxDeliveryException(NotificationCodes.SmsNotConfigured, permanent: true, "No SMS gateway is configured.");
        }

        if (!IsMobile(letter.To))
        {
            LogNotSent(logger, key, NotificationCodes.SmsNumberInvalid);
            throw new OutboxDeliveryException(NotificationCodes.SmsNumberInvalid, permanent: true, "The recipient is not a mobile number.");
        }

        using var request = Request(settings, letter, key);
        HttpResponseMessage response;
        try
        {
            response = await clients.CreateClient(ClientName).SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception error) when (error is HttpRequestException or TimeoutRejectedException or OperationCanceledException)
        {
            LogUnreachable(logger, key, NotificationCodes.SmsUnavailable, error.GetType().Name);
            throw new OutboxDeliveryException(NotificationCodes.SmsUnavailable, permanent: false, "The SMS gateway could not be reached.", error);
        }

        using (response)
        {
            var status = (int)response.StatusCode;
            if (response.IsSuccessStatusCode)
            {
                LogSent(logger, key, settings.Channel, status);
                return;
            }

            var permanent = IsPermanent(response.StatusCode);
            var code = permanent ? NotificationCodes.SmsRejected : NotificationCodes.SmsUnavailable;
            LogRefused(logger, key, code, status);
            throw new OutboxDeliveryException(code, permanent, $"The SMS gateway answered HTTP {status}.",
                new HttpRequestException($"HTTP {status}", null, response.StatusCode));
        }
    }

    /// <summary>A 4xx answer says the request itself is wrong (a number or template refused, a bad key): sending it again cannot help, except "timed out" and "too many".</summary>
    internal static bool IsPermanent(HttpStatusCode status) =>
        (int)status is >= 400 and < 500 && status is not (HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests);

    private static HttpRequestMessage Request(SmsOptions settings, SmsLetter letter, string key)
    {
        var zalo = settings.Channel == SmsChannel.Zalo;
        var body = new SmsGatewayRequest(letter.To, letter.Text, settings.Sender, zalo ? "zalo" : "sms", zalo ? settings.TemplateId : null, key);
        // Bytes, not a stream: the resilience handler sends the same content again on a retry.
        var content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(body, Json));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri($"{settings.BaseUrl!.TrimEnd('/')}/{settings.Path.TrimStart('/')}", UriKind.Absolute)) { Content = content };
        request.Headers.TryAddWithoutValidation("Idempotency-Key", key);
        if (!string.IsNullOrEmpty(settings.ApiKey))
        {
            var authorization = string.Equals(settings.ApiKeyHeader, "Authorization", StringComparison.OrdinalIgnoreCase);
            request.Headers.TryAddWithoutValidation(settings.ApiKeyHeader,
                authorization && !string.IsNullOrWhiteSpace(settings.ApiKeyScheme) ? $"{settings.ApiKeyScheme} {settings.ApiKey}" : settings.ApiKey);
        }

        return request;
    }

    private static bool IsMobile(string? number) =>
        number is { Length: 10 } && number[0] == '0' && number.All(char.IsAsciiDigit);

    [LoggerMessage(Level = LogLevel.Information, Message = "Text message {MessageKey} handed to the gateway ({Channel}, HTTP {Status})")]
    private static partial void LogSent(ILogger logger, string messageKey, SmsChannel channel, int status);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Text message {MessageKey} refused by the gateway: {Code}, HTTP {Status}")]
    private static partial void LogRefused(ILogger logger, string messageKey, string code, int status);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Text message {MessageKey} not delivered to the gateway: {Code} ({ErrorType})")]
    private static partial void LogUnreachable(ILogger logger, string messageKey, string code, string errorType);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Text message {MessageKey} not sent: {Code}")]
    private static partial void LogNotSent(ILogger logger, string messageKey, string code);
}
