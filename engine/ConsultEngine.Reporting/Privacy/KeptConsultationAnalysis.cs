using System.Text.Json;
using System.Text.Json.Nodes;
using ConsultEngine.Hosting.Privacy;
using ConsultEngine.Reporting.Analysis;

namespace ConsultEngine.Reporting.Privacy;

/// <summary>
/// The consultation-wide analysis as kept before a consultation's personal data is erased, and read back
/// afterwards: people and opinions, every breakdown and each tool's analysis (stripped of passages), so
/// the results, the report and the analysis answer the same figures once the inputs lost their attributes.
/// </summary>
internal static class KeptConsultationAnalysis
{
    private const string Kind = "consultation-analysis";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals };

    public static string Write(ConsultationAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var kept = analysis with { Tools = [.. analysis.Tools.Select(KeptAnalysis.Strip)] };
        return new JsonObject { ["kind"] = Kind, ["analysis"] = JsonSerializer.SerializeToNode(kept, Json) }.ToJsonString();
    }

    /// <summary>The kept analysis, or null when the kept aggregate is of another kind (kept by a host without reporting).</summary>
    public static ConsultationAnalysis? Read(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        var node = JsonNode.Parse(json);
        return node?["kind"]?.GetValue<string>() == Kind && node["analysis"] is { } analysis
            ? analysis.Deserialize<ConsultationAnalysis>(Json)
            : null;
    }
}
