using ConsultEngine.Definitions.Model;
using ConsultEngine.Definitions.Overlays;
using ConsultEngine.Definitions.StepTypes;
using ConsultEngine.Definitions.Validation;
using ConsultEngine.Hosting.Definitions;
using ConsultEngine.Runtime.Scripting;
using ConsultEngine.Testing.Guided;
using ConsultEngine.Web.StaffConsole;

namespace ConsultEngine.Web.Designer.Simulation;

/// <summary>The answer of a simulation, or why there is none (a refusal with its code and status).</summary>
public sealed record SimulationOutcome(SimulationAnswer? Answer, Refusal? Refusal);

/// <summary>
/// Runs a definition in memory for the designer and the API (<see cref="GuidedRunner"/>): a fresh
/// in-memory store and a manual clock per run, so the host's instances are never touched; rules run
/// in the host's Jint sandbox with its limits, tools are the host's loaded step types.
/// </summary>
public sealed class DesignerSimulator(IRuleRunner rules, IStepTypeRegistry stepTypes, IDefinitionCatalog catalog, IDefinitionLibrary library)
{
    /// <summary>Runs the definition as the editor holds it (unsaved edits included).</summary>
    public async Task<SimulationOutcome> RunAsync(ProcessDefinition definition, GuidedScenario scenario, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var errors = new DefinitionValidator(stepTypes, catalog).Validate(definition).Where(d => d.IsError).ToList();
        if (errors.Count > 0)
        {
            return NotRunnable(definition.Id, errors);
        }

        return await RunValidAsync(definition, scenario, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Runs a posted document, or a stored version of <paramref name="definitionId"/>.</summary>
    public async Task<SimulationOutcome> RunAsync(string definitionId, SimulationRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        string json;
        if (request.Definition is { } document)
        {
            json = document.GetRawText();
        }
        else
        {
            var version = request.Version ?? await library.LatestPublishedAsync(definitionId, cancellationToken).ConfigureAwait(false);
            if (version is null)
            {
                return Refused(SimulationCodes.NothingToSimulate, $"'{definitionId}' has no published version; name a version (0 for the draft) or post the definition.");
            }

            json = await library.GetJsonAsync(definitionId, version.Value, cancellationToken).ConfigureAwait(false);
        }

        var validation = new DefinitionValidator(stepTypes, catalog).ValidateText(json);
        if (validation.Runnable is not { } definition)
        {
            return NotRunnable(definitionId, validation.Diagnostics.Where(d => d.IsError));
        }

        if (definition.Id != definitionId)
        {
            return Refused(SimulationCodes.RequestInvalid, $"The posted definition is '{definition.Id}', not '{definitionId}'.", "/definition/id");
        }

        return await RunValidAsync(definition, (request.Scenario ?? new SimulationScenario()).ToGuided(), cancellationToken).ConfigureAwait(false);
    }

    private async Task<SimulationOutcome> RunValidAsync(ProcessDefinition definition, GuidedScenario scenario, CancellationToken cancellationToken)
    {
        // The run is CPU-bound (rules, validation of outputs): off the caller's thread, so a circuit stays responsive.
        var result = await Task.Run(() => new GuidedRunner(rules, stepTypes).RunAsync(definition, scenario, cancellationToken), cancellationToken).ConfigureAwait(false);
        if (result.Stop is { Code: GuidedRunCodes.ScenarioInvalid } invalid)
        {
            return Refused(invalid.Code, invalid.Message, invalid.StepId is null ? null : $"/scenario/steps/{invalid.StepId}");
        }

        if (result.Stop is { Code: GuidedRunCodes.NotStarted } notStarted)
        {
            return new SimulationOutcome(null, Refusal.Of(notStarted.Code, notStarted.Message,
                [.. result.Refusals.SelectMany(r => r.Problems.Count == 0
                    ? [new RefusalError(r.Code, null, r.Message)]
                    : r.Problems.Select(RefusalError.Of))]));
        }

        return new SimulationOutcome(SimulationAnswer.From(definition, result), null);
    }

    private static SimulationOutcome NotRunnable(string definitionId, IEnumerable<Definitions.Diagnostics.Diagnostic> errors) =>
        new(null, Refusal.Of(SimulationCodes.DefinitionNotRunnable,
            $"The definition '{definitionId}' has errors and cannot run; fix them first.", [.. errors.Select(Refusal.Diagnostic)]));

    private static SimulationOutcome Refused(string code, string detail, string? pointer = null) =>
        new(null, Refusal.Of(code, detail, [new RefusalError(code, pointer, detail)]));
}
