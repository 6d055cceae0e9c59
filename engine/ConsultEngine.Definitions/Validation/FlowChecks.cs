using ConsultEngine.Definitions.Diagnostics;
using ConsultEngine.Definitions.Model;

namespace ConsultEngine.Definitions.Validation;

/// <summary>
/// The flow as a graph: <c>after</c> and routes point somewhere, steps do not wait for each other
/// in a cycle, every loop of routes has a way out, and every step can be reached.
/// </summary>
internal static class FlowChecks
{
    public static void Run(ProcessDefinition definition, StepIndex steps, DiagnosticBag bag)
    {
        CheckReferences(steps, bag);
        // Steps that never start for a reason already reported (CE3009, CE3011, CE3015) are not reported unreachable as well.
        var neverStart = CheckDependencyCycles(definition, steps, bag);
        neverStart.UnionWith(WaitForThemselvesOrALaterPhase(steps));
        var trapped = CheckRouteLoops(steps, bag);
        CheckReachability(definition, steps, neverStart, trapped, bag);
    }

    private static IEnumerable<string> WaitForThemselvesOrALaterPhase(StepIndex steps) =>
        steps.All
            .Where(l => !l.Step.RouteOnly && l.Step.After is { } after
                && after.Any(id => id == l.Step.Id || (id is not null && steps.TryGet(id, out var target) && target.PhaseIndex > l.PhaseIndex)))
            .Select(l => l.Step.Id);

    private static void CheckReferences(StepIndex steps, DiagnosticBag bag)
    {
        foreach (var location in steps.All)
        {
            var step = location.Step;
            if (step.RouteOnly && step.After is not null)
            {
                bag.Add(DiagnosticCodes.RouteOnlyWithAfter, location.Pointer + "/after", $"The step '{step.Id}' is route-only, so it cannot also wait on 'after'.");
            }

            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < (step.After?.Count ?? 0); i++)
            {
                var id = step.After![i];
                var pointer = $"{location.Pointer}/after/{i}";
                if (string.IsNullOrEmpty(id))
                {
                    continue;
                }

                if (!seen.Add(id))
                {
                    bag.Add(DiagnosticCodes.DuplicateAfter, pointer, $"The step '{step.Id}' names '{id}' twice in 'after'.");
                }
                else if (id == step.Id)
                {
                    bag.Add(DiagnosticCodes.AfterSelf, pointer, $"The step '{step.Id}' waits for itself.");
                }
                else if (!steps.TryGet(id, out var target))
                {
                    bag.Add(DiagnosticCodes.UnknownAfterStep, pointer, $"The step '{step.Id}' waits for '{id}', which does not exist.");
                }
                else if (target.PhaseIndex > location.PhaseIndex)
                {
                    bag.Add(DiagnosticCodes.AfterLaterPhase, pointer, $"The step '{step.Id}' waits for '{id}', which belongs to a later phase.");
                }
                else if (target.Step.RouteOnly)
                {
                    bag.Add(DiagnosticCodes.AfterRouteOnly, pointer, $"The step '{step.Id}' waits for '{id}', a route-only step that may never run.");
                }
            }

            for (var o = 0; o < step.Outcomes.Count; o++)
            {
                if (step.Outcomes[o]?.Goto is not { Length: > 0 } target)
                {
                    continue;
                }

                var pointer = $"{location.Pointer}/outcomes/{o}/goto";
                if (!steps.TryGet(target, out var routed))
                {
                    bag.Add(DiagnosticCodes.UnknownRouteTarget, pointer, $"The outcome '{step.Outcomes[o].Id}' of step '{step.Id}' routes to '{target}', which does not exist.");
                }
                else if (routed.PhaseIndex != location.PhaseIndex)
                {
                    bag.Add(DiagnosticCodes.RouteLeavesPhase, pointer, $"The outcome '{step.Outcomes[o].Id}' of step '{step.Id}' routes to '{target}' in another phase; routes stay within a phase.");
                }
            }
        }
    }

    /// <summary>Steps that wait for each other through <c>after</c> can never start: report each cycle once.</summary>
    private static HashSet<string> CheckDependencyCycles(ProcessDefinition definition, StepIndex steps, DiagnosticBag bag)
    {
        var edges = steps.All.ToDictionary(l => l, l => (IEnumerable<StepLocation>)steps.Predecessors(l, definition).Where(p => p.Step.Id != l.Step.Id));
        var members = new HashSet<string>(StringComparer.Ordinal);
        foreach (var component in StronglyConnected(steps.All, edges))
        {
            if (component.Count < 2)
            {
                continue;
            }

            var ordered = component.OrderBy(l => l.PhaseIndex).ThenBy(l => l.StepIndex).ToList();
            members.UnionWith(ordered.Select(l => l.Step.Id));
            var first = ordered[0];
            bag.Add(DiagnosticCodes.DependencyCycle, first.Pointer + (first.Step.After is null ? string.Empty : "/after"),
                $"The steps {string.Join(" → ", ordered.Select(l => $"'{l.Step.Id}'"))} wait for each other and can never start.");
        }

        return members;
    }

    /// <summary>A loop of routes is a trap when no step in it can leave: every outcome of every member routes back into the loop.</summary>
    private static HashSet<string> CheckRouteLoops(StepIndex steps, DiagnosticBag bag)
    {
        var edges = steps.All.ToDictionary(
            l => l,
            l => (IEnumerable<StepLocation>)[.. l.Step.Outcomes
                .Select(o => o?.Goto is { Length: > 0 } g && steps.TryGet(g, out var t) ? t : null)
                .OfType<StepLocation>()]);
        var trapped = new HashSet<string>(StringComparer.Ordinal);
        foreach (var component in StronglyConnected(steps.All, edges))
        {
            var ids = component.Select(l => l.Step.Id).ToHashSet(StringComparer.Ordinal);
            var isLoop = component.Count > 1 || component[0].Step.Outcomes.Any(o => o?.Goto == component[0].Step.Id);
            if (!isLoop)
            {
                continue;
            }

            var hasExit = component.Any(l => l.Step.Outcomes.Count == 0
                || l.Step.Outcomes.Any(o => o is null || string.IsNullOrEmpty(o.Goto) || !ids.Contains(o.Goto)));
            if (hasExit)
            {
                continue;
            }

            var ordered = component.OrderBy(l => l.PhaseIndex).ThenBy(l => l.StepIndex).ToList();
            trapped.UnionWith(ids);
            bag.Add(DiagnosticCodes.LoopWithoutExit, ordered[0].Pointer + "/outcomes",
                $"The steps {string.Join(", ", ordered.Select(l => $"'{l.Step.Id}'"))} route to each other with no outcome that leaves the loop.");
        }

        return trapped;
    }

    private static void CheckReachability(ProcessDefinition definition, StepIndex steps, HashSet<string> neverStart, HashSet<string> trapped, DiagnosticBag bag)
    {
        // A step "releases" its successors when it can complete without routing elsewhere.
        static bool Releases(StepDefinition s) => s.Outcomes.Count == 0 || s.Outcomes.Any(o => o is null || string.IsNullOrEmpty(o.Goto));

        var reachable = new HashSet<string>(StringComparer.Ordinal);
        for (var p = 0; p < definition.Phases.Count; p++)
        {
            var phaseSteps = steps.All.Where(l => l.PhaseIndex == p).ToList();
            bool changed;
            do
            {
                changed = false;
                foreach (var location in phaseSteps.Where(l => !reachable.Contains(l.Step.Id) && !neverStart.Contains(l.Step.Id)))
                {
                    var step = location.Step;
                    // A step runs when a step that can run routes to it, whether or not it is route-only.
                    var routedTo = steps.All.Any(l => reachable.Contains(l.Step.Id) && l.Step.Outcomes.Any(o => o?.Goto == step.Id));
                    var canRun = routedTo || (!step.RouteOnly
                        && steps.Predecessors(location, definition).All(pred => reachable.Contains(pred.Step.Id) && Releases(pred.Step) && !trapped.Contains(pred.Step.Id)));
                    if (canRun && step.Id.Length > 0 && reachable.Add(step.Id))
                    {
                        changed = true;
                    }
                }
            }
            while (changed);

            var stuck = phaseSteps.Where(l => l.Step.Id.Length > 0 && !reachable.Contains(l.Step.Id) && !neverStart.Contains(l.Step.Id)).ToList();
            foreach (var location in stuck)
            {
                bag.Add(DiagnosticCodes.UnreachableStep, location.Pointer, location.Step.RouteOnly
                    ? $"The route-only step '{location.Step.Id}' is never the target of a route from a step that can run."
                    : $"The step '{location.Step.Id}' waits for a step that can never complete normally, so it never runs.");
            }

            var phaseCompletes = phaseSteps.All(l => l.Step.RouteOnly || (reachable.Contains(l.Step.Id) && Releases(l.Step) && !trapped.Contains(l.Step.Id)));
            if (!phaseCompletes && p + 1 < definition.Phases.Count)
            {
                if (definition.Phases[p + 1] is { Steps.Count: > 0 } next)
                {
                    bag.Add(DiagnosticCodes.UnreachableStep, $"/phases/{p + 1}",
                        $"The phase '{definition.Phases[p]?.Id}' can never complete, so the phase '{next.Id}' and all after it never start.");
                }

                return;
            }
        }
    }

    /// <summary>Tarjan's strongly connected components, iterative so that long chains cannot overflow the stack.</summary>
    private static List<List<StepLocation>> StronglyConnected(List<StepLocation> nodes, Dictionary<StepLocation, IEnumerable<StepLocation>> edges)
    {
        var index = new Dictionary<StepLocation, int>();
        var low = new Dictionary<StepLocation, int>();
        var onStack = new HashSet<StepLocation>();
        var stack = new Stack<StepLocation>();
        var result = new List<List<StepLocation>>();
        var counter = 0;

        foreach (var root in nodes)
        {
            if (index.ContainsKey(root))
            {
                continue;
            }

            var work = new Stack<(StepLocation Node, IEnumerator<StepLocation> Next)>();
            Visit(root);
            while (work.Count > 0)
            {
                var (node, next) = work.Peek();
                if (next.MoveNext())
                {
                    var child = next.Current;
                    if (!edges.ContainsKey(child))
                    {
                        continue;
                    }

                    if (!index.TryGetValue(child, out var childIndex))
                    {
                        Visit(child);
                    }
                    else if (onStack.Contains(child))
                    {
                        low[node] = Math.Min(low[node], childIndex);
                    }

                    continue;
                }

                work.Pop();
                next.Dispose();
                if (work.Count > 0)
                {
                    var parent = work.Peek().Node;
                    low[parent] = Math.Min(low[parent], low[node]);
                }

                if (low[node] == index[node])
                {
                    var component = new List<StepLocation>();
                    StepLocation member;
                    do
                    {
                        member = stack.Pop();
                        onStack.Remove(member);
                        component.Add(member);
                    }
                    while (member != node);
                    result.Add(component);
                }
            }

            void Visit(StepLocation node)
            {
                index[node] = low[node] = counter++;
                stack.Push(node);
                onStack.Add(node);
                work.Push((node, edges[node].GetEnumerator()));
            }
        }

        return result;
    }
}
