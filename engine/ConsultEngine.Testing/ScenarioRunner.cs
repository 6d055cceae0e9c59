using ConsultEngine.Abstractions;
using ConsultEngine.Definitions.Model;
using ConsultEngine.Definitions.Overlays;
using ConsultEngine.Definitions.StepTypes;
using ConsultEngine.Definitions.Validation;
using ConsultEngine.Runtime.Scripting;

namespace ConsultEngine.Testing;

/// <summary>The result of a scenario: the normalised run, and every expectation that did not hold (empty when it passed).</summary>
public sealed record ScenarioResult(NormalizedRun Run, IReadOnlyList<string> Failures)
{
    public bool Passed => Failures.Count == 0;
}

/// <summary>Plays a <see cref="Scenario"/> against a definition from a catalog.</summary>
public sealed class ScenarioRunner(IDefinitionCatalog catalog, IRuleRunner rules, IStepTypeRegistry? stepTypes = null)
{
    /// <summary>A runner whose rules run in the JavaScript sandbox, as in production.</summary>
    public ScenarioRunner(IDefinitionCatalog catalog)
        : this(catalog, SandboxRules.Runner)
    {
    }

    /// <summary>A runner whose rules run in the JavaScript sandbox, with the step types of a host (its loaded plugins' tools).</summary>
    public ScenarioRunner(IDefinitionCatalog catalog, IStepTypeRegistry stepTypes)
        : this(catalog, SandboxRules.Runner, stepTypes)
    {
    }

    public async Task<ScenarioResult> RunAsync(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var (id, version) = ParseReference(scenario.Definition);
        var definition = catalog.Find(id, version) ?? throw new ArgumentException($"The definition '{scenario.Definition}' is not in the catalog.", nameof(scenario));
        var simulator = new ConsultationSimulator(definition, rules, stepTypes, scenario.Start?.At);
        return await PlayAsync(simulator, definition, scenario, null).ConfigureAwait(false);
    }

    /// <summary>
    /// Plays the scenario on <paramref name="simulator"/>. With <paramref name="toolAction"/>, each
    /// <c>tool</c> action is handed to it (a real tool collects and closes the step) instead of
    /// completing the step with the scenario's results.
    /// </summary>
    internal static async Task<ScenarioResult> PlayAsync(ConsultationSimulator simulator, ProcessDefinition definition, Scenario scenario, Func<ScenarioAction, Task>? toolAction)
    {
        var failures = new List<string>();
        await simulator.StartAsync(scenario.Start?.Variables, scenario.Start?.Title, scenario.Start?.Actor ?? "tester").ConfigureAwait(false);
        for (var i = 0; i < scenario.Actions.Count; i++)
        {
            var action = scenario.Actions[i];
            var where = $"action {i + 1}" + (action.Comment is null ? string.Empty : $" ({action.Comment})");
            try
            {
                if (action.Complete is { } step)
                {
                    await simulator.CompleteAsync(step, action.Outcome, action.Output?.DeepClone(), action.Actor ?? "tester").ConfigureAwait(false);
                }
                else if (action.Tool is not null && toolAction is not null)
                {
                    await toolAction(action).ConfigureAwait(false);
                }
                else if (action.Tool is { } tool)
                {
                    await simulator.FeedToolResultAsync(tool, action.Results?.DeepClone(), action.Outcome, action.Actor ?? "tool").ConfigureAwait(false);
                }
                else if (action.Advance is { } advance)
                {
                    if (!IsoDuration.TryParse(advance, out var duration))
                    {
                        failures.Add($"{where}: '{advance}' is not an ISO 8601 duration.");
                        continue;
                    }

                    var now = simulator.Clock.GetUtcNow();
                    await simulator.AdvanceAsync(duration.AddTo(now) - now).ConfigureAwait(false);
                }
                else if (action.Expect is { } expect)
                {
                    failures.AddRange((await CheckAsync(simulator, definition, expect).ConfigureAwait(false)).Select(f => $"{where}: {f}"));
                    continue;
                }

                if (action.ExpectError is { } expected)
                {
                    failures.Add($"{where}: expected the error {expected}, but the action succeeded.");
                }
            }
            catch (Exception error) when (Code(error) is { } code && action.ExpectError is not null)
            {
                if (code != action.ExpectError)
                {
                    failures.Add($"{where}: expected the error {action.ExpectError}, got {code}: {error.Message}");
                }
            }
            catch (Exception error) when (Code(error) is { } code)
            {
                failures.Add($"{where}: refused with {code}: {error.Message}");
            }
        }

        return new ScenarioResult(await simulator.NormalizedAsync().ConfigureAwait(false), failures);
    }

    /// <summary>The code of a refusal by the engine or by a tool; <see langword="null"/> for any other exception.</summary>
    private static string? Code(Exception error) => error switch
    {
        ConsultEngineException refused => refused.Code,
        _ => null,
    };

    private static async Task<List<string>> CheckAsync(ConsultationSimulator simulator, ProcessDefinition definition, ScenarioExpectation expect)
    {
        var run = await simulator.NormalizedAsync().ConfigureAwait(false);
        var failures = new List<string>();
        if (expect.Waiting is { } waiting && !waiting.Order(StringComparer.Ordinal).SequenceEqual(run.Waiting))
        {
            failures.Add($"waiting on [{string.Join(", ", run.Waiting)}], expected [{string.Join(", ", waiting.Order(StringComparer.Ordinal))}]");
        }

        if (expect.Status is { } status && status != run.Status)
        {
            failures.Add($"status is {run.Status}, expected {status}");
        }

        if (expect.Phase is { } phase && phase != run.Phase)
        {
            failures.Add($"phase is {run.Phase}, expected {phase}");
        }

        foreach (var (step, expected) in expect.Steps ?? new Dictionary<string, string>())
        {
            // A step that was never reached reads as pending, so a misspelt or removed step would too.
            if (definition.AllSteps().All(s => s.Id != step))
            {
                failures.Add($"step '{step}' is not a step of {definition.Id}@{definition.Version}");
                continue;
            }

            var actual = run.Steps.TryGetValue(step, out var value) ? value.Split('#')[0] : "pending";
            if (actual != expected)
            {
                failures.Add($"step '{step}' is {actual}, expected {expected}");
            }
        }

        return failures;
    }

    private static (string Id, int Version) ParseReference(string reference)
    {
        var at = reference.LastIndexOf('@');
        if (at <= 0 || !int.TryParse(reference[(at + 1)..], System.Globalization.CultureInfo.InvariantCulture, out var version))
        {
            throw new ArgumentException($"'{reference}' is not a definition reference such as hdnd.standard@1.", nameof(reference));
        }

        return (reference[..at], version);
    }
}
