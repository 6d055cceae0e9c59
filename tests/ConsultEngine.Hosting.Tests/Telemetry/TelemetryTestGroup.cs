namespace ConsultEngine.Hosting.Tests.Telemetry;

/// <summary>
/// The instruments are process-wide: tests that count what they record run alone, after the others, so no
/// other test's advance or batch is counted with theirs.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TelemetryTestGroup
{
    public const string Name = "telemetry";
}
