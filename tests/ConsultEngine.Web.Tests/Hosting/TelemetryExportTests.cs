using System.Text;
using ConsultEngine.Web.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace ConsultEngine.Web.Tests.Hosting;

/// <summary>
/// With <c>ConsultWeb:Telemetry:Otlp:Endpoint</c> the host exports traces and metrics over OTLP/HTTP (protobuf);
/// without it no OpenTelemetry provider exists and nothing leaves the host.
/// </summary>
public sealed class TelemetryExportTests
{
    [Fact]
    public async Task WithAnOtlpEndpoint_TheHostExportsTracesAndMetrics_AsProtobufOverHttp()
    {
        await using var receiver = await FakeOtlpReceiver.StartAsync();
        await using var host = await TestWebHost.StartAsync(settings: Settings(receiver.Address.ToString()));
        using var client = host.CreateClient();

        using var answer = await client.GetAsync(new Uri("api/health", UriKind.Relative));
        var received = await receiver.ReceivedAsync(TimeSpan.FromSeconds(30), "traces", "metrics");

        Assert.True(received, $"received: {string.Join(", ", receiver.Exports.Select(e => e.Signal))}");
        Assert.NotNull(host.Services.GetService<TracerProvider>());
        var traces = receiver.Exports.First(e => e.Signal == "traces");
        Assert.Equal("application/x-protobuf", traces.ContentType);
        // Protobuf keeps strings as UTF-8: the resource names the service, the span the route it served.
        Assert.Contains("consultengine-web", Encoding.UTF8.GetString(traces.Body), StringComparison.Ordinal);
        Assert.Contains(receiver.Exports, e => e.Signal == "metrics" && e.Body.Length > 0);
    }

    [Fact]
    public async Task WithoutAnEndpoint_NoProviderIsRegistered_AndNothingIsExported()
    {
        await using var receiver = await FakeOtlpReceiver.StartAsync();
        await using var host = await TestWebHost.StartAsync(settings: Settings(endpoint: string.Empty));
        using var client = host.CreateClient();

        using var answer = await client.GetAsync(new Uri("api/health", UriKind.Relative));
        await Task.Delay(TimeSpan.FromSeconds(3));

        Assert.Null(host.Services.GetService<TracerProvider>());
        Assert.Null(host.Services.GetService<MeterProvider>());
        Assert.Empty(receiver.Exports);
    }

    [Fact]
    public async Task AnEndpointThatIsNotAnHttpAddress_StopsTheHostFromStarting()
    {
        using var folder = TestFolder.Create();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => TestWebHost.StartAsync(folder, Settings("127.0.0.1:4318")));

        Assert.Equal("ConsultWeb:Telemetry", error.OptionsName);
    }

    private static Dictionary<string, string> Settings(string endpoint) => new()
    {
        ["ConsultWeb:Telemetry:Otlp:Endpoint"] = endpoint,
        ["ConsultWeb:Telemetry:Otlp:Protocol"] = "HttpProtobuf",
        ["ConsultWeb:Telemetry:Otlp:MetricExportInterval"] = "00:00:01",
    };
}
