using System.Diagnostics;
using System.Text.Json.Nodes;
using ConsultEngine.Abstractions;
using ConsultEngine.Definitions.Model;
using ConsultEngine.Definitions.Overlays;
using ConsultEngine.Definitions.StepTypes;
using ConsultEngine.Definitions.Validation;
using ConsultEngine.Runtime;
using ConsultEngine.Runtime.Scripting;
using ConsultEngine.Runtime.State;

namespace ConsultEngine.Testing.Guided;

/// <summary>
/// Drives one consultation of a definition in memory to its end, completing every waiting step with
/// the scenario's choice or its default path (the first outcome that does not route back), letting
/// simulated time pass before each completion and jumping to the next timer when only timers are
/// left. Nothing is stored outside the run; rules run in the rule runner given (the sandbox).
/// </summary>
public sealed class GuidedRunner(IRuleRunner rules, IStepTypeRegistry stepTypes)
{
    /// <summary>A runner whose rules run in the JavaScript sandbox with the standard tools, as the CLI's simulate does without plugins.</summary>
    public GuidedRunner()
        : this(SandboxRules.Runner, StandardToolTypes.CreateRegistry())
    {
    }

    /// <summary>The actor a tool step is closed by.</summary>
    public const string ToolActor = "tool";

    /// <summary>The actor that starts the consultation and completes steps that have no role.</summary>
    public const string DefaultActor = "simulation";

    public async Task<GuidedRunResult> RunAsync(ProcessDefinition definition, GuidedScenario scenario, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(scenario);
        var clock = Stopwatch.StartNew();
        var actions = new List<ScenarioAction>();
        var refusals = new List<GuidedRefusal>();
        var notChecked = scenario.CheckAllOutputs ? [] : UncheckedSteps(definition, scenario);
        if (Invalid(definition, scenario) is { } invalid)
        {
            return new GuidedRunResult(null, invalid, refusals, notChecked, 0, ScenarioOf(definition, scenario, actions));
        }

        var runnable = Relax(definition, notChecked);
        var simulator = new ConsultationSimulator(runnable, rules, stepTypes);
        _ = IsoDuration.TryParse(scenario.StepTime, out var stepTime);
        try
        {
            await simulator.StartAsync(scenario.Variables?.DeepClone().AsObject(), scenario.Title, DefaultActor).ConfigureAwait(false);
        }
        catch (ConsultEngineException error)
        {
            refusals.Add(Refusal(null, null, error.Code, error, null));
            return new GuidedRunResult(null, new GuidedStop(GuidedRunCodes.NotStarted, $"The consultation could not start: {error.Code} {error.Message}"),
                refusals, notChecked, 0, ScenarioOf(definition, scenario, actions));
        }

        var stop = await DriveAsync(simulator, definition, scenario, stepTime, clock, actions, refusals, cancellationToken).ConfigureAwait(false);
        return new GuidedRunResult(await simulator.NormalizedAsync().ConfigureAwait(false), stop.Stop, refusals, notChecked, stop.Steps, ScenarioOf(definition, scenario, actions));
    }

    private static async Task<(GuidedStop? Stop, int Steps)> DriveAsync(
        ConsultationSimulator simulator, ProcessDefinition definition, GuidedScenario scenario, IsoDuration stepTime, Stopwatch clock,
        List<ScenarioAction> actions, List<GuidedRefusal> refusals, CancellationToken cancellationToken)
    {
        var refused = new HashSet<(string Step, int Iteration)>();
        var steps = 0;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (clock.Elapsed > scenario.TimeLimit)
            {
                return (new GuidedStop(GuidedRunCodes.TimeLimitReached, $"The run took longer than {scenario.TimeLimit.TotalSeconds:0.#} s and was stopped after {steps} steps."), steps);
            }

            if ((await simulator.InstanceAsync().ConfigureAwait(false)).Status != InstanceStatus.Running)
            {
                return (null, steps);
            }

            var waiting = await WaitingAsync(simulator, refused).ConfigureAwait(false);
            if (steps >= scenario.MaxSteps && (waiting.Count > 0 || await NextTimerAsync(simulator).ConfigureAwait(false) is not null))
            {
                var busiest = waiting.Count > 0 ? waiting[0].StepId : null;
                return (new GuidedStop(GuidedRunCodes.StepLimitReached, $"The run reached its limit of {scenario.MaxSteps} steps and was stopped; a route back taken every time loops.", busiest), steps);
            }

            if (waiting.Count == 0)
            {
                if (await NextTimerAsync(simulator).ConfigureAwait(false) is not { } due)
                {
                    var stuck = refused.Select(r => r.Step).Distinct().Order(StringComparer.Ordinal).ToList();
                    return (new GuidedStop(GuidedRunCodes.Stalled,
                        stuck.Count > 0
                            ? $"The consultation is still running but nothing can move: the completions of {string.Join(", ", stuck)} were refused."
                            : "The consultation is still running but nothing can move: no step waits and no timer is set.",
                        stuck.FirstOrDefault()), steps);
                }

                var now = simulator.Clock.GetUtcNow();
                await simulator.AdvanceAsync(due - now).ConfigureAwait(false);
                actions.Add(new ScenarioAction { Advance = IsoOf(due - now), Comment = "only timers are left" });
                steps++;
                continue;
            }

            if (!stepTime.IsZero)
            {
                var now = simulator.Clock.GetUtcNow();
                await simulator.AdvanceAsync(stepTime.AddTo(now) - now).ConfigureAwait(false);
                actions.Add(new ScenarioAction { Advance = scenario.StepTime });
                waiting = await WaitingAsync(simulator, refused).ConfigureAwait(false);
                if (waiting.Count == 0)
                {
                    continue;
                }
            }

            var bookmark = waiting[0];
            var step = definition.AllSteps().First(s => s.Id == bookmark.StepId);
            var choice = scenario.Steps.GetValueOrDefault(step.Id);
            var outcome = OutcomeOf(step, choice, bookmark.Iteration);
            var isTool = step.Type.StartsWith(StepTypeName.ToolPrefix, StringComparison.Ordinal);
            var actor = isTool ? ToolActor : step.Role ?? DefaultActor;
            var output = choice?.Output?.DeepClone();
            steps++;
            try
            {
                await simulator.CompleteAsync(step.Id, outcome, output?.DeepClone(), actor).ConfigureAwait(false);
                actions.Add(isTool
                    ? new ScenarioAction { Tool = step.Id, Outcome = outcome, Results = output, Actor = actor }
                    : new ScenarioAction { Complete = step.Id, Outcome = outcome, Output = output, Actor = actor });
            }
            catch (ConsultEngineException error)
            {
                refusals.Add(Refusal(step.Id, bookmark.Iteration, error.Code, error, output));
                refused.Add((step.Id, bookmark.Iteration));
            }
        }
    }

    /// <summary>The outcome for the <paramref name="iteration"/>-th time a step waits.</summary>
    public static string? OutcomeOf(StepDefinition step, GuidedChoice? choice, int iteration)
    {
        ArgumentNullException.ThrowIfNull(step);
        var chosen = choice?.Outcomes ?? [];
        if (iteration >= 1 && iteration <= chosen.Count)
        {
            return chosen[iteration - 1];
        }

        return choice is { Repeat: true } && chosen.Count > 0 ? chosen[^1] : DefaultOutcome(step);
    }

    /// <summary>The default path: the first outcome that goes forward, else the first outcome (a step that only routes back), else none.</summary>
    public static string? DefaultOutcome(StepDefinition step)
    {
        ArgumentNullException.ThrowIfNull(step);
        return (step.Outcomes.FirstOrDefault(o => o.Goto is null) ?? (step.Outcomes.Count > 0 ? step.Outcomes[0] : null))?.Id;
    }

    private static async Task<List<Bookmark>> WaitingAsync(ConsultationSimulator simulator, HashSet<(string Step, int Iteration)> refused) =>
        [.. (await simulator.Store.ListBookmarksAsync(simulator.InstanceId).ConfigureAwait(false))
            .Where(b => !refused.Contains((b.StepId, b.Iteration)))
            .OrderBy(b => b.CreatedAt)
            .ThenBy(b => b.StepId, StringComparer.Ordinal)];

    private static async Task<DateTimeOffset?> NextTimerAsync(ConsultationSimulator simulator)
    {
        var timers = await simulator.Store.FindDueTimersAsync(DateTimeOffset.MaxValue, int.MaxValue).ConfigureAwait(false);
        return timers.Count == 0 ? null : timers.Min(t => t.DueAt);
    }

    /// <summary>Steps with a form or checks and no output given: run without them, so a path can be explored with empty outputs.</summary>
    private static List<string> UncheckedSteps(ProcessDefinition definition, GuidedScenario scenario) =>
        [.. definition.AllSteps()
            .Where(s => (s.Form is not null || s.Validate.Count > 0) && scenario.Steps.GetValueOrDefault(s.Id)?.Output is null)
            .Select(s => s.Id)];

    private static ProcessDefinition Relax(ProcessDefinition definition, List<string> steps)
    {
        if (steps.Count == 0)
        {
            return definition;
        }

        var relaxed = steps.ToHashSet(StringComparer.Ordinal);
        return definition with
        {
            Phases = [.. definition.Phases.Select(p => p with
            {
                Steps = [.. p.Steps.Select(s => relaxed.Contains(s.Id) ? s with { Form = null, Validate = [] } : s)],
            })],
        };
    }

    private static GuidedStop? Invalid(ProcessDefinition definition, GuidedScenario scenario)
    {
        if (scenario.MaxSteps < 1 || scenario.MaxSteps > GuidedLimits.MaxMaxSteps)
        {
            return new GuidedStop(GuidedRunCodes.ScenarioInvalid, $"The step limit must be between 1 and {GuidedLimits.MaxMaxSteps}, not {scenario.MaxSteps}.");
        }

        if (scenario.TimeLimit <= TimeSpan.Zero || scenario.TimeLimit > GuidedLimits.MaxTimeLimit)
        {
            return new GuidedStop(GuidedRunCodes.ScenarioInvalid, $"The time limit must be above 0 and at most {GuidedLimits.MaxTimeLimit.TotalSeconds:0} s.");
        }

        if (!IsoDuration.TryParse(scenario.StepTime, out _))
        {
            return new GuidedStop(GuidedRunCodes.ScenarioInvalid, $"'{scenario.StepTime}' is not an ISO 8601 duration such as P1D.");
        }

        foreach (var (stepId, choice) in scenario.Steps)
        {
            if (definition.AllSteps().FirstOrDefault(s => s.Id == stepId) is not { } step)
            {
                return new GuidedStop(GuidedRunCodes.ScenarioInvalid, $"The definition has no step '{stepId}'.", stepId);
            }

            if (choice.Outcomes.FirstOrDefault(o => step.Outcomes.All(x => x.Id != o)) is { } unknown)
            {
                return new GuidedStop(GuidedRunCodes.ScenarioInvalid, $"The step '{stepId}' has no outcome '{unknown}'.", stepId);
            }
        }

        return null;
    }

    private static GuidedRefusal Refusal(string? stepId, int? iteration, string code, Exception error, JsonNode? output) =>
        new(stepId, iteration, code, error.Message, error is InstanceCommandException command ? command.Problems : [], output);

    private static Scenario ScenarioOf(ProcessDefinition definition, GuidedScenario scenario, List<ScenarioAction> actions) => new()
    {
        Definition = $"{definition.Id}@{definition.Version}",
        Description = "Recorded from a guided simulation.",
        Start = new ScenarioStart { Variables = scenario.Variables?.DeepClone().AsObject(), Title = scenario.Title, Actor = DefaultActor },
        Actions = [.. actions],
    };

    private static string IsoOf(TimeSpan span)
    {
        var seconds = (long)Math.Ceiling(span.TotalSeconds);
        return seconds <= 0 ? "PT0S" : $"PT{seconds}S";
    }
}
