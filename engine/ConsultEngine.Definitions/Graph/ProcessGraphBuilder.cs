using ConsultEngine.Definitions.Model;
using ConsultEngine.Definitions.StepTypes;

namespace ConsultEngine.Definitions.Graph;

/// <summary>
/// Derives the edges of a definition the way the engine orders its steps: a step without
/// <c>after</c> follows the previous step of its phase that is part of the sequence; <c>after: []</c>
/// starts it with the phase; route-only steps are reached only by routes. A phase starts when the
/// previous one ends, drawn as edges from each of its exit steps to each entry step of the next.
/// </summary>
internal static class ProcessGraphBuilder
{
    public static ProcessGraph Build(ProcessDefinition definition)
    {
        var roleTitles = new Dictionary<string, LocalizedText?>(StringComparer.Ordinal);
        foreach (var role in definition.Roles.Where(r => r is not null))
        {
            roleTitles.TryAdd(role.Id, role.Title);
        }

        var phases = definition.Phases.Where(p => p is not null).ToList();

        // Where each step id lives (the first of duplicates wins, as in the validator).
        var phaseOf = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var p = 0; p < phases.Count; p++)
        {
            foreach (var step in Steps(phases[p]))
            {
                phaseOf.TryAdd(step.Id, p);
            }
        }

        var edges = new List<GraphEdge>();
        var graphPhases = new List<GraphPhase>();
        IReadOnlyList<string> previousExits = [];
        for (var p = 0; p < phases.Count; p++)
        {
            var steps = Steps(phases[p]);
            var phase = new PhaseEdges(steps, p, phaseOf);
            foreach (var exit in previousExits)
            {
                edges.AddRange(phase.Entries.Select(entry => new GraphEdge { From = exit, To = entry, Kind = GraphEdgeKind.Sequence, CrossesPhase = true }));
            }

            edges.AddRange(phase.Incoming);
            edges.AddRange(phase.Routes);
            if (phase.Exits.Count > 0)
            {
                previousExits = phase.Exits;
            }

            graphPhases.Add(new GraphPhase
            {
                Id = phases[p].Id,
                Title = phases[p].Title,
                Nodes = [.. steps.Select(s => Node(s, phases[p], roleTitles))],
                Entries = phase.Entries,
                Exits = phase.Exits,
            });
        }

        return new ProcessGraph
        {
            DefinitionId = definition.Id,
            Version = definition.Version,
            Title = definition.Title,
            Phases = [.. graphPhases],
            Edges = [.. edges],
        };
    }

    private static List<StepDefinition> Steps(PhaseDefinition phase) => [.. phase.Steps.Where(s => s is not null)];

    private static GraphNode Node(StepDefinition step, PhaseDefinition phase, Dictionary<string, LocalizedText?> roleTitles) => new()
    {
        StepId = step.Id,
        PhaseId = phase.Id,
        Type = step.Type,
        Category = CategoryOf(step.Type),
        Title = step.Title,
        Role = step.Role,
        RoleTitle = step.Role is { } role && roleTitles.TryGetValue(role, out var title) ? title : null,
        RouteOnly = step.RouteOnly,
        HasGuard = !string.IsNullOrWhiteSpace(step.When),
        Due = step.Due,
    };

    private static GraphNodeCategory CategoryOf(string type)
    {
        if (!StepTypeName.TryParse(type, out var name, out _))
        {
            return GraphNodeCategory.Unknown;
        }

        return name switch
        {
            "task" => GraphNodeCategory.Task,
            "meeting" => GraphNodeCategory.Meeting,
            "approval" => GraphNodeCategory.Approval,
            "decision" => GraphNodeCategory.Decision,
            "notify" => GraphNodeCategory.Notify,
            "wait" => GraphNodeCategory.Wait,
            _ when name.StartsWith(StepTypeName.ToolPrefix, StringComparison.Ordinal) => GraphNodeCategory.Tool,
            _ => GraphNodeCategory.Unknown,
        };
    }

    /// <summary>The edges of one phase, and which of its steps start and end it.</summary>
    private sealed class PhaseEdges
    {
        public PhaseEdges(List<StepDefinition> steps, int phaseIndex, Dictionary<string, int> phaseOf)
        {
            var waitedFor = new HashSet<string>(StringComparer.Ordinal);
            var entries = new List<string>();
            string? previous = null;
            foreach (var step in steps)
            {
                if (step.RouteOnly)
                {
                    continue;
                }

                var hasPredecessorInPhase = false;
                if (step.After is null)
                {
                    if (previous is not null)
                    {
                        Incoming.Add(new GraphEdge { From = previous, To = step.Id, Kind = GraphEdgeKind.Sequence });
                        waitedFor.Add(previous);
                        hasPredecessorInPhase = true;
                    }
                }
                else
                {
                    foreach (var id in step.After.Where(id => id is not null).Distinct(StringComparer.Ordinal))
                    {
                        if (!phaseOf.TryGetValue(id, out var fromPhase))
                        {
                            continue;
                        }

                        Incoming.Add(new GraphEdge { From = id, To = step.Id, Kind = GraphEdgeKind.After, CrossesPhase = fromPhase != phaseIndex });
                        if (fromPhase == phaseIndex)
                        {
                            waitedFor.Add(id);
                            hasPredecessorInPhase = true;
                        }
                    }
                }

                if (!hasPredecessorInPhase)
                {
                    entries.Add(step.Id);
                }

                previous = step.Id;
            }

            Entries = [.. entries];
            Exits = [.. steps.Where(s => !s.RouteOnly && !waitedFor.Contains(s.Id)).Select(s => s.Id)];
            Routes = [.. steps.SelectMany(step => step.Outcomes
                .Where(o => o?.Goto is { Length: > 0 } target && phaseOf.ContainsKey(target))
                .Select(o => new GraphEdge
                {
                    From = step.Id,
                    To = o.Goto!,
                    Kind = GraphEdgeKind.Route,
                    Outcome = o.Id,
                    OutcomeTitle = o.Title,
                    CrossesPhase = phaseOf[o.Goto!] != phaseIndex,
                }))];
        }

        public List<GraphEdge> Incoming { get; } = [];

        public List<GraphEdge> Routes { get; }

        public IReadOnlyList<string> Entries { get; }

        public IReadOnlyList<string> Exits { get; }
    }
}
