using System.Runtime.CompilerServices;
using ConsultEngine.Definitions.Model;
using ConsultEngine.Definitions.StepTypes;
using ConsultEngine.Definitions.Validation;
using Json.Schema;

namespace ConsultEngine.Runtime.Interpreter;

/// <summary>A step prepared for running: its kind, its predecessors and dependents in the phase, the steps its scripts read, its form's schema.</summary>
internal sealed class CompiledStep(StepDefinition definition, int phaseIndex, StepKind kind)
{
    public StepDefinition Definition { get; } = definition;

    public string Id => Definition.Id;

    public int PhaseIndex { get; } = phaseIndex;

    public StepKind Kind { get; } = kind;

    /// <summary>Steps of the same phase this one waits for (earlier phases are always done).</summary>
    public List<string> Predecessors { get; } = [];

    /// <summary>Steps of the same phase that wait for this one.</summary>
    public List<string> Dependents { get; } = [];

    /// <summary>Steps whose outputs its guard and checks (and the rules they use) read.</summary>
    public HashSet<string> ScriptSteps { get; } = new(StringComparer.Ordinal);

    public JsonSchema? FormSchema { get; set; }

    /// <summary>The form's schema as written, to name the fields a problem concerns (<see cref="FormProblems"/>).</summary>
    public System.Text.Json.JsonElement FormSchemaSource { get; set; }

    public bool IsType(string name) => Definition.Type == name || Definition.Type.StartsWith(name + "@", StringComparison.Ordinal);
}

internal sealed record CompiledPhase(string Id, IReadOnlyList<string> SequenceSteps, IReadOnlyList<string> EntrySteps);

/// <summary>
/// A definition version prepared once for the interpreter, so that an advance looks up only the
/// steps it touches: cost per step does not grow with the size of the definition.
/// </summary>
internal sealed class CompiledProcess
{
    // Keyed by the definition object: a catalog hands out one instance per published version.
    private static readonly ConditionalWeakTable<ProcessDefinition, CompiledProcess> Cache = new();

    private CompiledProcess(ProcessDefinition definition, IStepTypeRegistry registry)
    {
        Definition = definition;
        for (var p = 0; p < definition.Phases.Count; p++)
        {
            foreach (var step in definition.Phases[p].Steps)
            {
                var kind = StepTypeName.TryParse(step.Type, out var name, out var major) && registry.TryGet(name, major, out var type) ? type.Kind : StepKind.Human;
                Steps[step.Id] = new CompiledStep(step, p, kind);
            }
        }

        var ruleSteps = RuleStepReferences(definition);
        for (var p = 0; p < definition.Phases.Count; p++)
        {
            var phase = definition.Phases[p];
            var sequence = new List<string>();
            var entries = new List<string>();
            string? previous = null;
            foreach (var step in phase.Steps)
            {
                var compiled = Steps[step.Id];
                if (!step.RouteOnly)
                {
                    var predecessors = step.After is { } after ? after.Where(id => Steps.TryGetValue(id, out var s) && s.PhaseIndex == p) : previous is null ? [] : [previous];
                    compiled.Predecessors.AddRange(predecessors);
                    foreach (var predecessor in compiled.Predecessors)
                    {
                        Steps[predecessor].Dependents.Add(step.Id);
                    }

                    sequence.Add(step.Id);
                    if (compiled.Predecessors.Count == 0)
                    {
                        entries.Add(step.Id);
                    }

                    previous = step.Id;
                }

                foreach (var script in step.Validate.Append(step.When).OfType<string>())
                {
                    var references = ScriptReferences.Of(script);
                    compiled.ScriptSteps.UnionWith(references.Steps);
                    foreach (var rule in references.Rules)
                    {
                        compiled.ScriptSteps.UnionWith(ruleSteps.GetValueOrDefault(rule, []));
                    }
                }

                if (step.Form is { } form && definition.Forms.TryGetValue(form, out var formDefinition))
                {
                    compiled.FormSchema = JsonSchema.FromText(formDefinition.Schema.GetRawText(), new BuildOptions { SchemaRegistry = new SchemaRegistry() });
                    compiled.FormSchemaSource = formDefinition.Schema;
                }
            }

            Phases.Add(new CompiledPhase(phase.Id, sequence, entries));
        }
    }

    public ProcessDefinition Definition { get; }

    public Dictionary<string, CompiledStep> Steps { get; } = new(StringComparer.Ordinal);

    public List<CompiledPhase> Phases { get; } = [];

    /// <summary>The compiled form of a definition, prepared once per definition object.</summary>
    public static CompiledProcess For(ProcessDefinition definition, IStepTypeRegistry registry) =>
        Cache.GetValue(definition, d => new CompiledProcess(d, registry));

    /// <summary>For each rule, the steps it reads, following the rules it uses.</summary>
    private static Dictionary<string, HashSet<string>> RuleStepReferences(ProcessDefinition definition)
    {
        var direct = definition.Rules.ToDictionary(r => r.Key, r => ScriptReferences.Of(r.Value), StringComparer.Ordinal);
        var result = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var name in direct.Keys)
        {
            var steps = new HashSet<string>(StringComparer.Ordinal);
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var pending = new Stack<string>([name]);
            while (pending.TryPop(out var rule))
            {
                if (seen.Add(rule) && direct.TryGetValue(rule, out var references))
                {
                    steps.UnionWith(references.Steps);
                    foreach (var used in references.Rules)
                    {
                        pending.Push(used);
                    }
                }
            }

            result[name] = steps;
        }

        return result;
    }
}
