using ConsultEngine.Definitions.Diagnostics;
using ConsultEngine.Definitions.Model;
using ConsultEngine.Definitions.StepTypes;

namespace ConsultEngine.Definitions.Editing;

/// <summary>
/// Connects <paramref name="From"/> to <paramref name="To"/>. A dependency makes <c>To</c> wait for
/// <c>From</c>; when <c>To</c> had no <c>after</c>, the step it followed implicitly is kept, so the
/// edges already drawn stay. A route makes an outcome of <c>From</c> go to <c>To</c>: the outcome
/// <paramref name="Outcome"/> (created when missing, or given its <c>goto</c>), or a new outcome
/// named after the target. Edits the validator would reject are refused with its code.
/// </summary>
public sealed record Connect(string From, string To, ConnectionKind Kind, string? Outcome = null) : EditCommand
{
    private protected override EditResult Apply(ProcessDefinition definition, IStepTypeRegistry? stepTypes)
    {
        var draft = new DefinitionDraft(definition);
        if (UnknownStep(definition, draft, From, To) is { } refused)
        {
            return refused;
        }

        return Kind == ConnectionKind.Dependency ? Depend(definition, draft) : Route(definition, draft, stepTypes);
    }

    private EditResult Depend(ProcessDefinition definition, DefinitionDraft draft)
    {
        if (From == To)
        {
            return Refuse(definition, DiagnosticCodes.AfterSelf, $"The step '{To}' cannot wait for itself.", To);
        }

        var from = draft.Step(From);
        var to = draft.Step(To);
        if (to.RouteOnly)
        {
            return Refuse(definition, DiagnosticCodes.RouteOnlyWithAfter, $"The step '{To}' runs only when routed to, so it cannot wait for '{From}'.", To);
        }

        if (from.RouteOnly)
        {
            return Refuse(definition, DiagnosticCodes.AfterRouteOnly, $"The step '{From}' runs only when routed to, so '{To}' cannot wait for it.", To);
        }

        if (draft.Find(From)!.Value.Phase > draft.Find(To)!.Value.Phase)
        {
            return Refuse(definition, DiagnosticCodes.AfterLaterPhase, $"The step '{From}' belongs to a later phase than '{To}'.", To);
        }

        var current = draft.Predecessors(To);
        if (current.Contains(From, StringComparer.Ordinal))
        {
            return Refuse(definition, EditCodes.AlreadyConnected, $"The step '{To}' already waits for '{From}'.", To);
        }

        if (WaitsFor(draft, From, To))
        {
            return Refuse(definition, DiagnosticCodes.DependencyCycle, $"The step '{From}' already waits for '{To}'; the two would wait for each other.", To);
        }

        draft.Replace(To, s => s with { After = [.. current, From] });
        return Done(draft, To);
    }

    private EditResult Route(ProcessDefinition definition, DefinitionDraft draft, IStepTypeRegistry? stepTypes)
    {
        var from = draft.Step(From);
        if (draft.Find(From)!.Value.Phase != draft.Find(To)!.Value.Phase)
        {
            return Refuse(definition, DiagnosticCodes.RouteLeavesPhase, $"An outcome of '{From}' cannot route to '{To}', a step of another phase.", From);
        }

        if (stepTypes is not null && StepTypeName.TryParse(from.Type, out var name, out var major)
            && stepTypes.TryGet(name, major, out var type) && !type.SupportsOutcomes)
        {
            return Refuse(definition, DiagnosticCodes.OutcomesNotSupported, $"A step of type '{from.Type}' completes without an outcome, so it cannot route.", From);
        }

        if (Outcome is null)
        {
            if (from.Outcomes.Any(o => o.Goto == To))
            {
                return Refuse(definition, EditCodes.AlreadyConnected, $"An outcome of '{From}' already routes to '{To}'.", From);
            }

            var id = UniqueOutcome(from, "to-" + To);
            draft.Replace(From, s => s with { Outcomes = [.. s.Outcomes, new OutcomeDefinition { Id = id, Goto = To }] });
            return Done(draft, From);
        }

        if (!StepIds.IsValid(Outcome))
        {
            return Refuse(definition, EditCodes.InvalidOutcomeId, $"'{Outcome}' is not a valid outcome id.", From);
        }

        var existing = from.Outcomes.FirstOrDefault(o => o.Id == Outcome);
        if (existing?.Goto == To)
        {
            return Refuse(definition, EditCodes.AlreadyConnected, $"The outcome '{Outcome}' of '{From}' already routes to '{To}'.", From);
        }

        if (existing?.Goto is { } elsewhere)
        {
            return Refuse(definition, EditCodes.OutcomeRoutesElsewhere, $"The outcome '{Outcome}' of '{From}' routes to '{elsewhere}'; disconnect it first.", From);
        }

        draft.Replace(From, s => s with
        {
            Outcomes = existing is null
                ? [.. s.Outcomes, new OutcomeDefinition { Id = Outcome, Goto = To }]
                : [.. s.Outcomes.Select(o => o.Id == Outcome ? o with { Goto = To } : o)],
        });
        return Done(draft, From);
    }

    /// <summary>Whether <paramref name="step"/> waits, directly or through others, for <paramref name="target"/>.</summary>
    private static bool WaitsFor(DefinitionDraft draft, string step, string target)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>([step]);
        while (pending.TryPop(out var current))
        {
            if (current == target)
            {
                return true;
            }

            if (seen.Add(current) && draft.Contains(current))
            {
                foreach (var predecessor in draft.Predecessors(current))
                {
                    pending.Push(predecessor);
                }
            }
        }

        return false;
    }

    private static string UniqueOutcome(StepDefinition step, string stem)
    {
        var candidate = stem;
        for (var n = 2; step.Outcomes.Any(o => o.Id == candidate); n++)
        {
            candidate = $"{stem}-{n}";
        }

        return candidate;
    }
}
