using ConsultEngine.Definitions.Documents;
using ConsultEngine.Definitions.Model;

namespace ConsultEngine.Definitions.Editing.Rules;

/// <summary>The kinds of script a definition holds.</summary>
public enum RuleKind
{
    /// <summary>A named rule, <c>rules.name</c>.</summary>
    Rule,

    /// <summary>A step's <c>when</c> guard.</summary>
    Guard,

    /// <summary>One of a step's <c>validate</c> checks.</summary>
    Check,
}

/// <summary>One script of a definition: what it is, where it is (a JSON Pointer, as diagnostics carry) and its source.</summary>
public sealed record RuleLocation(RuleKind Kind, string Path, string Source)
{
    /// <summary>The step the script belongs to (guards and checks).</summary>
    public string? StepId { get; init; }

    /// <summary>The rule's name (named rules).</summary>
    public string? RuleName { get; init; }

    /// <summary>The check's position in the step's <c>validate</c> list.</summary>
    public int? CheckIndex { get; init; }

    /// <summary>Every script of <paramref name="definition"/>: the named rules, then each step's guard and checks in document order.</summary>
    public static IReadOnlyList<RuleLocation> All(ProcessDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var all = new List<RuleLocation>();
        all.AddRange(definition.Rules.Where(r => r.Value is not null)
            .Select(r => new RuleLocation(RuleKind.Rule, "/rules/" + JsonPositionMap.Escape(r.Key), r.Value) { RuleName = r.Key }));
        for (var p = 0; p < definition.Phases.Count; p++)
        {
            for (var s = 0; s < definition.Phases[p].Steps.Count; s++)
            {
                all.AddRange(OfStep(definition.Phases[p].Steps[s], $"/phases/{p}/steps/{s}"));
            }
        }

        return all;
    }

    /// <summary>The guard and checks of one step (the first step with that id).</summary>
    public static IReadOnlyList<RuleLocation> OfStep(ProcessDefinition definition, string stepId)
    {
        ArgumentNullException.ThrowIfNull(definition);
        for (var p = 0; p < definition.Phases.Count; p++)
        {
            var steps = definition.Phases[p].Steps;
            for (var s = 0; s < steps.Count; s++)
            {
                if (steps[s].Id == stepId)
                {
                    return [.. OfStep(steps[s], $"/phases/{p}/steps/{s}")];
                }
            }
        }

        return [];
    }

    private static IEnumerable<RuleLocation> OfStep(StepDefinition step, string pointer)
    {
        if (step.When is { } when)
        {
            yield return new RuleLocation(RuleKind.Guard, pointer + "/when", when) { StepId = step.Id };
        }

        for (var i = 0; i < step.Validate.Count; i++)
        {
            if (step.Validate[i] is { } check)
            {
                yield return new RuleLocation(RuleKind.Check, $"{pointer}/validate/{i}", check) { StepId = step.Id, CheckIndex = i };
            }
        }
    }
}
