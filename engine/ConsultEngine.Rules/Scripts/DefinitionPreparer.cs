using System.Collections.Frozen;
using System.Security.Cryptography;
using System.Text;
using ConsultEngine.Definitions.Model;

namespace ConsultEngine.Rules.Scripts;

/// <summary>Turns a definition's JavaScript (rules, guards, checks) into <see cref="PreparedRules"/>.</summary>
internal static class DefinitionPreparer
{
    /// <summary>A hash of what the scripts are, so that a changed draft under the same id and version is not served stale.</summary>
    public static string ContentHash(ProcessDefinition definition)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Add(string tag, string? text)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(tag));
            hash.AppendData(Encoding.UTF8.GetBytes((text?.Length ?? -1).ToString(System.Globalization.CultureInfo.InvariantCulture)));
            hash.AppendData(Encoding.UTF8.GetBytes(":"));
            hash.AppendData(Encoding.UTF8.GetBytes(text ?? string.Empty));
        }

        foreach (var (name, source) in definition.Rules.OrderBy(r => r.Key, StringComparer.Ordinal))
        {
            Add("rule", name);
            Add("src", source);
        }

        foreach (var step in definition.AllSteps())
        {
            Add("step", step.Id);
            Add("when", step.When);
            foreach (var check in step.Validate)
            {
                Add("check", check);
            }
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    public static PreparedRules Prepare(ProcessDefinition definition, string contentHash)
    {
        var (id, version) = (definition.Id, definition.Version);
        var rules = definition.Rules.ToDictionary(
            r => r.Key,
            r => ScriptPreparer.Prepare(ScriptIdentity.ForRule(id, version, r.Key), r.Value),
            StringComparer.Ordinal);

        var guards = new Dictionary<string, RuleScript>(StringComparer.Ordinal);
        var checks = new Dictionary<string, RuleScript[]>(StringComparer.Ordinal);
        var stepIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var step in definition.AllSteps())
        {
            // The validator refuses duplicate step ids; a draft that has them keeps the first.
            if (!stepIds.Add(step.Id))
            {
                continue;
            }

            if (step.When is { } when)
            {
                guards[step.Id] = ScriptPreparer.Prepare(ScriptIdentity.ForGuard(id, version, step.Id), when);
            }

            if (step.Validate.Count > 0)
            {
                checks[step.Id] = step.Validate
                    .Select((source, i) => ScriptPreparer.Prepare(ScriptIdentity.ForCheck(id, version, step.Id, i), source))
                    .ToArray();
            }
        }

        return new PreparedRules(
            id,
            version,
            contentHash,
            rules.ToFrozenDictionary(StringComparer.Ordinal),
            guards.ToFrozenDictionary(StringComparer.Ordinal),
            checks.ToFrozenDictionary(StringComparer.Ordinal),
            stepIds.ToFrozenSet(StringComparer.Ordinal));
    }
}
