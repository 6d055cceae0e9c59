using System.Globalization;
using ConsultEngine.Definitions.Diagnostics;
using Jint.Runtime;

namespace ConsultEngine.Rules.Sandbox;

/// <summary>
/// Dates in rules are computed in UTC with the invariant culture, so a rule gives the same answer on
/// every server; reading the clock (<c>Date.now()</c>, <c>new Date()</c>, <c>Temporal.Now</c>) is a
/// sandbox violation, because a rule that depends on when it runs cannot be replayed. A process that
/// needs "now" passes it in <c>vars</c>.
/// </summary>
internal sealed class DeterministicTimeSystem : DefaultTimeSystem
{
    /// <summary>Stateless, so every engine shares one (building it per engine costs more than the engine).</summary>
    public static DeterministicTimeSystem Instance { get; } = new();

    private DeterministicTimeSystem()
        : base(TimeZoneInfo.Utc, CultureInfo.InvariantCulture)
    {
    }

    public override DateTimeOffset GetUtcNow() =>
        throw new SandboxFault(DiagnosticCodes.RuleSandboxViolation, "Rules cannot read the clock; pass the time they need in vars.");
}
