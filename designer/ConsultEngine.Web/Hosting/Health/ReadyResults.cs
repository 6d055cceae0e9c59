using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ConsultEngine.Web.Hosting.Health;

/// <summary>Health results that carry the code of what is wrong, so the answer is read by code, not by prose.</summary>
internal static class ReadyResults
{
    public const string CodeKey = "code";

    public static HealthCheckResult Unhealthy(string code, string description) =>
        HealthCheckResult.Unhealthy(description, data: CodeData(code));

    public static IReadOnlyDictionary<string, object> CodeData(string code) => new Dictionary<string, object>(StringComparer.Ordinal) { [CodeKey] = code };
}
