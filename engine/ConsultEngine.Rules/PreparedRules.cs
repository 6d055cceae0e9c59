using System.Collections.Frozen;
using ConsultEngine.Rules.Scripts;

namespace ConsultEngine.Rules;

/// <summary>
/// Every rule, guard and check of one definition version, parsed once. Immutable and shared by all
/// threads; evaluate it through the <see cref="RuleEvaluator"/> that prepared it.
/// </summary>
public sealed class PreparedRules
{
    internal PreparedRules(
        string definitionId,
        int definitionVersion,
        string contentHash,
        FrozenDictionary<string, RuleScript> rules,
        FrozenDictionary<string, RuleScript> guards,
        FrozenDictionary<string, RuleScript[]> checks,
        FrozenSet<string> stepIds)
    {
        DefinitionId = definitionId;
        DefinitionVersion = definitionVersion;
        ContentHash = contentHash;
        Rules = rules;
        Guards = guards;
        Checks = checks;
        StepIds = stepIds;
    }

    /// <summary>No rules, guards or checks: what a tool's script runs with (it has no <c>rules</c> to read).</summary>
    internal static PreparedRules None { get; } = new(
        "tool", 0, string.Empty,
        FrozenDictionary<string, RuleScript>.Empty,
        FrozenDictionary<string, RuleScript>.Empty,
        FrozenDictionary<string, RuleScript[]>.Empty,
        FrozenSet<string>.Empty);

    public string DefinitionId { get; }

    public int DefinitionVersion { get; }

    /// <summary>A hash of every script's name and source: a draft edited under the same version gets a new one.</summary>
    public string ContentHash { get; }

    internal FrozenDictionary<string, RuleScript> Rules { get; }

    internal FrozenDictionary<string, RuleScript> Guards { get; }

    internal FrozenDictionary<string, RuleScript[]> Checks { get; }

    internal FrozenSet<string> StepIds { get; }
}
