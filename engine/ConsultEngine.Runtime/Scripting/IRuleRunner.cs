using System.Text.Json.Nodes;
using ConsultEngine.Definitions.Model;

namespace ConsultEngine.Runtime.Scripting;

/// <summary>What a rule sees: read-only copies of the instance's variables, the outputs of the steps it names and, for checks, the submitted output.</summary>
public sealed record RuleScope(JsonObject Vars, JsonObject Steps, JsonObject Tools, JsonNode? Output);

/// <summary>
/// Evaluates a definition's JavaScript: <c>when</c> guards and <c>validate</c> checks. The runtime
/// does not know how; the sandboxed implementation lives in ConsultEngine.Rules. A fault is a
/// <see cref="ConsultEngineException"/> carrying its code; the runtime turns it into an incident.
/// </summary>
public interface IRuleRunner
{
    bool EvaluateGuard(ProcessDefinition definition, string stepId, RuleScope scope);

    /// <summary>The messages of the checks that failed; empty when the output passes.</summary>
    IReadOnlyList<string> RunChecks(ProcessDefinition definition, string stepId, RuleScope scope);
}
