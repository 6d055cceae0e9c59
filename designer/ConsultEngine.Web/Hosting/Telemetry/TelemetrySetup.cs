using ConsultEngine.Hosting;
using Microsoft.Extensions.Options;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace ConsultEngine.Web.Hosting.Telemetry;

/// <summary>
/// The web host's telemetry: structured logs always (trace and span ids in every entry's scope; JSON on the
/// console when <c>ConsultWeb:Telemetry:Logs:Format</c> is <c>Json</c>), and, only when an OTLP endpoint is
/// configured, OpenTelemetry traces, metrics and logs for ASP.NET Core, HttpClient, EF Core and the engine's
/// own sources and meters (<see cref="ConsultEngineTelemetry"/>). See docs/telemetry.md.
/// </summary>
internal static class TelemetrySetup
{
    /// <summary>The built-in meters of .NET and ASP.NET Core exported beside the engine's.</summary>
    private static readonly string[] PlatformMeters =
        ["System.Runtime", "System.Net.Http", "Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Server.Kestrel", "Microsoft.AspNetCore.RateLimiting", "Microsoft.AspNetCore.Diagnostics"];

    public static WebApplicationBuilder AddConsultTelemetry(this WebApplicationBuilder builder)
    {
        var settings = builder.Configuration.GetSection(TelemetrySettings.SectionName).Get<TelemetrySettings>() ?? new TelemetrySettings();
        AddStructuredLogs(builder.Logging, settings.Logs);
        if (Endpoint(settings) is { } endpoint)
        {
            AddOpenTelemetry(builder.Services, settings, endpoint);
        }

        return builder;
    }

    /// <summary>The configured collector address, or null when none is (telemetry off).</summary>
    internal static Uri? Endpoint(TelemetrySettings settings)
    {
        var text = settings.Otlp.Endpoint;
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (!Uri.TryCreate(text, UriKind.Absolute, out var endpoint) || (endpoint.Scheme != Uri.UriSchemeHttp && endpoint.Scheme != Uri.UriSchemeHttps))
        {
            throw new OptionsValidationException(TelemetrySettings.SectionName, typeof(TelemetrySettings),
                [$"{TelemetrySettings.SectionName}:Otlp:Endpoint must be an absolute http or https address (a collector's base address, e.g. http://127.0.0.1:4318)."]);
        }

        if (settings.SampleRatio is < 0 or > 1 || settings.Otlp.MetricExportInterval <= TimeSpan.Zero)
        {
            throw new OptionsValidationException(TelemetrySettings.SectionName, typeof(TelemetrySettings),
                [$"{TelemetrySettings.SectionName}:SampleRatio must be between 0 and 1 and Otlp:MetricExportInterval positive."]);
        }

        return endpoint;
    }

    private static void AddStructuredLogs(ILoggingBuilder logging, TelemetrySettings.LogSettings settings)
    {
        // Every entry written inside a request or a span carries its trace: logs and traces join on it.
        logging.Configure(o => o.ActivityTrackingOptions = ActivityTrackingOptions.TraceId | ActivityTrackingOptions.SpanId | ActivityTrackingOptions.ParentId);
        if (settings.Format == TelemetrySettings.LogFormat.Json)
        {
            logging.AddJsonConsole(o =>
            {
                o.IncludeScopes = true;
                o.UseUtcTimestamp = true;
                o.TimestampFormat = "O";
            });
        }
    }

    private static void AddOpenTelemetry(IServiceCollection services, TelemetrySettings settings, Uri endpoint)
    {
        var version = typeof(TelemetrySetup).Assembly.GetName().Version?.ToString();
        services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(settings.ServiceName, serviceVersion: version, serviceInstanceId: Environment.MachineName))
            .WithTracing(tracing => tracing
                .SetSampler(new ParentBasedSampler(new TraceIdRatioBasedSampler(settings.SampleRatio)))
                .AddSource([.. ConsultEngineTelemetry.Sources])
                // Probes come every few seconds from every balancer: their spans would drown the real requests.
                .AddAspNetCoreInstrumentation(o => o.Filter = context => !context.Request.Path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase))
                .AddHttpClientInstrumentation()
                .AddEntityFrameworkCoreInstrumentation())
            .WithMetrics(metrics => metrics
                .AddMeter([.. ConsultEngineTelemetry.Meters])
                .AddMeter(PlatformMeters))
            .WithLogging()
            .UseOtlpExporter(settings.Otlp.Protocol, endpoint);
        services.Configure<MetricReaderOptions>(o => o.PeriodicExportingMetricReaderOptions.ExportIntervalMilliseconds = (int)settings.Otlp.MetricExportInterval.TotalMilliseconds);
    }
}
