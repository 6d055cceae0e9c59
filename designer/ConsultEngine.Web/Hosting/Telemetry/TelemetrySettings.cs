using OpenTelemetry.Exporter;

namespace ConsultEngine.Web.Hosting.Telemetry;

/// <summary>
/// Traces, metrics and logs (section <c>ConsultWeb:Telemetry</c>). Nothing is exported unless
/// <see cref="OtlpSettings.Endpoint"/> is set: without it no OpenTelemetry provider is even registered, so the
/// engine's instruments have no listener and cost nothing.
/// </summary>
internal sealed class TelemetrySettings
{
    public const string SectionName = "ConsultWeb:Telemetry";

    /// <summary>The service name of the resource (<c>service.name</c>); one per deployment, the nodes tell apart by <c>service.instance.id</c>.</summary>
    public string ServiceName { get; set; } = "consultengine-web";

    /// <summary>The share of traces started here that are kept (0 to 1); a trace begun upstream keeps its caller's decision.</summary>
    public double SampleRatio { get; set; } = 1.0;

    public OtlpSettings Otlp { get; set; } = new();

    public LogSettings Logs { get; set; } = new();

    /// <summary>The OTLP exporter: on when <see cref="Endpoint"/> is set.</summary>
    internal sealed class OtlpSettings
    {
        /// <summary>The collector's base address, e.g. <c>http://127.0.0.1:4318</c>; the signal paths (<c>/v1/traces</c>...) are added for HTTP.</summary>
        public string? Endpoint { get; set; }

        /// <summary><c>HttpProtobuf</c> (default, port 4318) or <c>Grpc</c> (port 4317).</summary>
        public OtlpExportProtocol Protocol { get; set; } = OtlpExportProtocol.HttpProtobuf;

        /// <summary>How often metrics are exported.</summary>
        public TimeSpan MetricExportInterval { get; set; } = TimeSpan.FromMinutes(1);
    }

    /// <summary>How the console log reads.</summary>
    internal sealed class LogSettings
    {
        /// <summary><c>Simple</c> (default, for people) or <c>Json</c> (one JSON object a line, with scopes and trace ids, for a log shipper).</summary>
        public LogFormat Format { get; set; } = LogFormat.Simple;
    }

    internal enum LogFormat
    {
        Simple,
        Json,
    }
}
