using ConsultEngine.Persistence.Telemetry;
using ConsultEngine.Rules.Telemetry;
using ConsultEngine.Runtime.Telemetry;

namespace ConsultEngine.Hosting;

/// <summary>The engine's activity sources and meters by name, for a host that exports telemetry (see docs/telemetry.md).</summary>
public static class ConsultEngineTelemetry
{
    /// <summary>The names of the engine's <see cref="System.Diagnostics.ActivitySource"/>s.</summary>
    public static IReadOnlyList<string> Sources { get; } = [EngineTelemetry.Name, IngestTelemetry.Name];

    /// <summary>The names of the engine's <see cref="System.Diagnostics.Metrics.Meter"/>s.</summary>
    public static IReadOnlyList<string> Meters { get; } = [EngineTelemetry.Name, IngestTelemetry.Name, RuleTelemetry.Name];
}
