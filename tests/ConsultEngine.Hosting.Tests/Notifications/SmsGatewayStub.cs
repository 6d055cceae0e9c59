using System.Collections.Concurrent;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace ConsultEngine.Hosting.Tests.Notifications;

/// <summary>
/// A tiny SMS/Zalo gateway on 127.0.0.1 (Kestrel, a free port) for tests: it records every request,
/// accepts messages with 202, and can be told to answer 503 to the next requests (a gateway that is
/// down), to hang on the next requests until the caller gives up (a timeout), or to answer 400 forever
/// to chosen numbers (a number refused for good).
/// </summary>
internal sealed class SmsGatewayStub : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly CancellationTokenSource _stop = new();
    private int _failNext;
    private int _hangNext;
    private int _turnedAway;
    private int _hung;

    private SmsGatewayStub(WebApplication app) => _app = app;

    /// <summary>The gateway's address, e.g. <c>http://127.0.0.1:40123</c>.</summary>
    public string BaseUrl => _app.Urls.First();

    /// <summary>Every request, in the order received, whatever the answer.</summary>
    public ConcurrentQueue<GatewayCall> Calls { get; } = new();

    /// <summary>The requests answered 2xx.</summary>
    public ConcurrentQueue<GatewayCall> Accepted { get; } = new();

    /// <summary>Numbers answered 400 on every request.</summary>
    public ConcurrentDictionary<string, bool> RefusedNumbers { get; } = new();

    public int TurnedAway => Volatile.Read(ref _turnedAway);

    public int Hung => Volatile.Read(ref _hung);

    public static async Task<SmsGatewayStub> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var stub = new SmsGatewayStub(app);
        app.Run(stub.AnswerAsync);
        await app.StartAsync();
        return stub;
    }

    /// <summary>The next <paramref name="requests"/> requests are answered 503.</summary>
    public void FailNext(int requests) => Interlocked.Exchange(ref _failNext, requests);

    /// <summary>The next <paramref name="requests"/> requests get no answer until the caller gives up.</summary>
    public void HangNext(int requests) => Interlocked.Exchange(ref _hangNext, requests);

    public void RefuseForever(string number) => RefusedNumbers[number] = true;

    public async Task<GatewayCall> WaitForAsync(Func<GatewayCall, bool> match, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (Accepted.FirstOrDefault(match) is { } call)
            {
                return call;
            }

            await Task.Delay(20);
        }

        throw new TimeoutException("The gateway accepted no such message.");
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _app.StopAsync();
        await _app.DisposeAsync();
        _stop.Dispose();
    }

    private async Task AnswerAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var text = await reader.ReadToEndAsync(context.RequestAborted);
        var call = new GatewayCall(
            context.Request.Method,
            context.Request.Path.Value ?? string.Empty,
            context.Request.Headers.Authorization.ToString(),
            context.Request.Headers["X-Api-Key"].ToString(),
            context.Request.Headers["Idempotency-Key"].ToString(),
            context.Request.ContentType ?? string.Empty,
            JsonNode.Parse(text)!.AsObject());
        Calls.Enqueue(call);

        if (Interlocked.Decrement(ref _hangNext) >= 0)
        {
            Interlocked.Increment(ref _hung);
            using var waiting = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, _stop.Token);
            try
            {
                await Task.Delay(Timeout.Infinite, waiting.Token);
            }
            catch (OperationCanceledException)
            {
            }

            return;
        }

        if (Interlocked.Decrement(ref _failNext) >= 0)
        {
            Interlocked.Increment(ref _turnedAway);
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return;
        }

        if (RefusedNumbers.ContainsKey(call.To))
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            await context.Response.WriteAsJsonAsync(new { error = "number-blocked" });
            return;
        }

        Accepted.Enqueue(call);
        context.Response.StatusCode = StatusCodes.Status202Accepted;
        await context.Response.WriteAsJsonAsync(new { id = Guid.NewGuid() });
    }
}

/// <summary>One request the gateway received: its headers of interest and its JSON body.</summary>
internal sealed record GatewayCall(string Method, string Path, string Authorization, string ApiKey, string IdempotencyKey, string ContentType, JsonObject Body)
{
    public string To => Body["to"]?.GetValue<string>() ?? string.Empty;

    public string MessageId => Body["messageId"]?.GetValue<string>() ?? string.Empty;
}
