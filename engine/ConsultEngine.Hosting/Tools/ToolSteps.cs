using System.Text.Json;
using ConsultEngine.Abstractions;
using ConsultEngine.Definitions.Overlays;
using ConsultEngine.Persistence.Tools;
using ConsultEngine.Runtime;
using ConsultEngine.Runtime.State;
using ConsultEngine.Runtime.Tools;
using Microsoft.Extensions.Logging;

namespace ConsultEngine.Hosting.Tools;

/// <summary>
/// The host side of the tool lifecycle (see <see cref="IToolSteps"/>). Tools are singletons that
/// keep no state: everything about a step lives in the engine's store (the step's state) and in the
/// tool data store (inputs, the tool's records, and the host's lifecycle record).
/// </summary>
internal sealed partial class ToolSteps(
    ProcessEngine engine,
    IDefinitionCatalog definitions,
    IEnumerable<IConsultationTool> tools,
    IToolDataStore data,
    IToolScripts scripts,
    IIdentifierHasher identifiers,
    TimeProvider clock,
    IEnumerable<Verification.IPersonVerifier> verifiers,
    ToolStepChanges changes,
    ILogger<ToolSteps> logger) : IToolSteps
{
    private readonly ToolIndex _tools = new(tools, logger);
    private readonly ToolStepCache _cache = new(changes);
    private readonly ActionPayloads _payloads = new();

    public async Task<ToolStepView> DescribeAsync(Guid instanceId, string stepId, CancellationToken cancellationToken = default)
    {
        var step = await ResolveAsync(instanceId, stepId, cancellationToken).ConfigureAwait(false);
        return View(step, await CurrentLifecycleAsync(step, cancellationToken).ConfigureAwait(false));
    }

    public async Task<ToolStepView> OpenAsync(Guid instanceId, string stepId, string? actor = null, CancellationToken cancellationToken = default)
    {
        var step = await ResolveAsync(instanceId, stepId, cancellationToken).ConfigureAwait(false);
        var lifecycle = await CollectingAsync(step, actor, cancellationToken).ConfigureAwait(false);
        return View(step, lifecycle);
    }

    public Task<SubmitResult> SubmitAsync(Guid instanceId, string stepId, Submission submission, ToolCaller caller, CancellationToken cancellationToken = default) =>
        SubmitAsync(instanceId, stepId, submission, caller, null, cancellationToken);

    public Task<SubmitResult> SubmitAsync(Guid instanceId, string stepId, Submission submission, ToolCaller caller, SubmissionCompanions? companions, CancellationToken cancellationToken = default) =>
        SubmitResolvingAsync(instanceId, stepId, knownRevision: null, submission, caller, companions, cancellationToken);

    public Task<SubmitResult> SubmitAsync(Guid instanceId, string stepId, long instanceRevision, Submission submission, ToolCaller caller, SubmissionCompanions? companions, CancellationToken cancellationToken = default) =>
        SubmitResolvingAsync(instanceId, stepId, instanceRevision, submission, caller, companions, cancellationToken);

    private async Task<SubmitResult> SubmitResolvingAsync(Guid instanceId, string stepId, long? knownRevision, Submission submission, ToolCaller caller, SubmissionCompanions? companions, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(submission);
        ArgumentNullException.ThrowIfNull(caller);
        var step = (knownRevision is { } revision ? _cache.Resolved(instanceId, stepId, revision) : null)
            ?? await ResolveAsync(instanceId, stepId, cancellationToken).ConfigureAwait(false);
        await CollectingAsync(step, caller.Actor, cancellationToken, cached: true).ConfigureAwait(false);
        if (ChannelProblem(step.Manifest, submission, caller) is { } refused)
        {
            return new SubmitResult(false, [], [refused]);
        }

        // The code proves the person to the host; the tool never sees it.
        var check = CheckOf(step, caller, submission);
        var proved = submission with { VerificationCode = null };
        // What the tool reads to decide (its state, its questionnaire) is kept between submissions; see CollectingRecords.
        var reads = new CollectingRecords(step, _cache, changes);
        var result = await CallToolAsync(step, "collect", () => step.Tool.CollectAsync(step.Context(caller, reads), proved, cancellationToken), cancellationToken).ConfigureAwait(false);
        if (check is not null && string.IsNullOrWhiteSpace(submission.VerificationCode))
        {
            return new SubmitResult(false, [], [.. result?.Problems ?? [], CodeMissing(check)]);
        }

        if (result is null || !result.Accepted)
        {
            return new SubmitResult(false, [], result?.Problems ?? []);
        }

        CheckInputs(step, result.Inputs);
        if (check is not null && await ProveAsync(step, check, submission, cancellationToken).ConfigureAwait(false) is { } unproved)
        {
            return new SubmitResult(false, [], [unproved]);
        }

        if (companions is not null && result.Inputs.Count == 1 && step.Inputs is IAppendsWithCompanions together)
        {
            // One input (a survey response, a vote): its consent and deletion code commit with it, in one transaction.
            var input = result.Inputs[0];
            var appended = await together.AppendAsync(input, result.OnConflict, companions.For([input.Id]), cancellationToken).ConfigureAwait(false);
            return appended.Status == AppendStatus.Conflict
                ? new SubmitResult(false, [], [.. result.Problems, AlreadySubmitted()])
                : new SubmitResult(true, [input.Id], result.Problems) { CompanionsWritten = true };
        }

        var stored = new List<Guid>();
        var problems = new List<ToolProblem>(result.Problems);
        foreach (var input in result.Inputs)
        {
            // The store completes the append only once it is committed (group commit in the relational store).
            var outcome = await step.Inputs.AppendAsync(input, result.OnConflict, cancellationToken).ConfigureAwait(false);
            if (outcome.Status == AppendStatus.Conflict)
            {
                problems.Add(AlreadySubmitted());
            }
            else
            {
                stored.Add(input.Id);
            }
        }

        return new SubmitResult(stored.Count == result.Inputs.Count, stored, problems);
    }

    public async Task<JsonElement?> ExecuteAsync(Guid instanceId, string stepId, string action, JsonElement payload, ToolCaller caller, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var step = await ResolveAsync(instanceId, stepId, cancellationToken).ConfigureAwait(false);
        var declared = step.Manifest.Actions.FirstOrDefault(a => string.Equals(a.Name, action, StringComparison.Ordinal))
            ?? throw step.Refuse(ToolCodes.UnknownAction, $"The tool '{step.Manifest.Id}' has no action '{action}'; it has: {string.Join(", ", step.Manifest.Actions.Select(a => a.Name))}.");
        if (caller.Audience == ToolAudience.Public && declared.Audience != ToolAudience.Public)
        {
            throw step.Refuse(ToolCodes.NotAllowed, $"The action '{action}' of the tool '{step.Manifest.Id}' is for staff only.");
        }

        IReadOnlyList<ToolProblem> problems;
        try
        {
            problems = _payloads.Check(step.Manifest, declared, payload);
        }
        catch (Exception error) when (error is JsonException or Json.Schema.JsonSchemaException or ArgumentException or InvalidOperationException)
        {
            throw Fault(step, "payload schema", error);
        }

        if (problems.Count > 0)
        {
            throw step.Refuse(ToolCodes.PayloadInvalid, $"The payload of '{action}' does not match its schema ({problems.Count} problem(s)).", problems);
        }

        if (!declared.ReadOnly && step.Instance.Status is InstanceStatus.Completed or InstanceStatus.Cancelled)
        {
            throw step.Refuse(ToolCodes.StepNotCollecting, $"The consultation is {step.Instance.Status.ToString().ToLowerInvariant()}: the action '{action}' changes nothing any more.");
        }

        await OpenedAsync(step, caller.Actor, cancellationToken).ConfigureAwait(false);
        try
        {
            return await CallToolAsync(step, $"action '{action}'", () => step.Tool.ExecuteAsync(step.Context(caller), action, payload, cancellationToken), cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            // An action that may write can change what the step accepts (a questionnaire set, a poll set up).
            if (!declared.ReadOnly)
            {
                changes.Changed(instanceId);
            }
        }
    }

    public async Task<CloseResult> CloseAsync(Guid instanceId, string stepId, string actor, string? outcome = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        var step = await ResolveAsync(instanceId, stepId, cancellationToken).ConfigureAwait(false);
        if (!step.Waiting)
        {
            throw NotCollecting(step);
        }

        var lifecycle = await OpenedAsync(step, actor, cancellationToken).ConfigureAwait(false);
        var caller = ToolCaller.Staff(actor);
        if (lifecycle.ClosedAt is null)
        {
            // Intake stops first, so no submission lands between the tool's close and the completion.
            lifecycle = await (lifecycle with { ClosingAt = clock.GetUtcNow(), ClosedBy = actor }).WriteAsync(step.Records, lifecycle.Version, cancellationToken).ConfigureAwait(false);
            changes.Changed(instanceId);
            try
            {
                await CallToolAsync(step, "close", () => step.Tool.CloseAsync(step.Context(caller), cancellationToken), cancellationToken).ConfigureAwait(false);
            }
            catch (ToolException)
            {
                // The tool did not close: the step goes on collecting.
                await (lifecycle with { ClosingAt = null, ClosedBy = null }).WriteAsync(step.Records, lifecycle.Version, CancellationToken.None).ConfigureAwait(false);
                changes.Changed(instanceId);
                throw;
            }

            lifecycle = await (lifecycle with { ClosedAt = clock.GetUtcNow() }).WriteAsync(step.Records, lifecycle.Version, cancellationToken).ConfigureAwait(false);
            changes.Changed(instanceId);
        }

        var analysis = await CallToolAsync(step, "analyse", () => step.Tool.AnalyseAsync(step.Context(caller), AnalysisOptions.Default, cancellationToken), cancellationToken).ConfigureAwait(false)
            ?? throw Fault(step, "analyse", new InvalidOperationException("The tool returned no analysis."));
        var output = ToolStepOutput.From(analysis, step.Manifest);
        try
        {
            await engine.CompleteStepAsync(instanceId, stepId, new StepCompletion(actor, outcome, output.DeepClone()), cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        catch (ConsultEngineException refused) when (refused is not ToolException)
        {
            throw Engine(step, refused);
        }

        return new CloseResult(analysis, output);
    }

    public async Task<ToolAnalysis> AnalyseAsync(Guid instanceId, string stepId, AnalysisOptions? options = null, CancellationToken cancellationToken = default)
    {
        var step = await ResolveAsync(instanceId, stepId, cancellationToken).ConfigureAwait(false);
        await OpenedAsync(step, null, cancellationToken).ConfigureAwait(false);
        return await CallToolAsync(step, "analyse", () => step.Tool.AnalyseAsync(step.Context(ToolCaller.Staff("engine")), options ?? AnalysisOptions.Default, cancellationToken), cancellationToken).ConfigureAwait(false)
            ?? throw Fault(step, "analyse", new InvalidOperationException("The tool returned no analysis."));
    }

    private static ToolProblem AlreadySubmitted() => new(ToolCodes.AlreadySubmitted, "/uniqueKey", "This person has already taken part in this step.");

    private static ToolProblem? ChannelProblem(ToolManifest manifest, Submission submission, ToolCaller caller)
    {
        if (!manifest.Channels.Contains(submission.Channel))
        {
            return new ToolProblem(ToolCodes.NotAllowed, "/channel", $"The tool '{manifest.Id}' does not take input through the {submission.Channel.ToString().ToLowerInvariant()} channel.");
        }

        return caller.Audience == ToolAudience.Public && submission.Channel != InputChannel.Web
            ? new ToolProblem(ToolCodes.NotAllowed, "/channel", "The public submits through the web channel only.")
            : null;
    }

    /// <summary>An input the tool produced for another step or tool is a fault of the plugin, not of the person submitting.</summary>
    private void CheckInputs(ResolvedToolStep step, IReadOnlyList<ConsultationInput> inputs)
    {
        var wrong = inputs.FirstOrDefault(i => i is null || i.InstanceId != step.InstanceId || !string.Equals(i.StepId, step.StepId, StringComparison.Ordinal) || !string.Equals(i.Tool, step.Manifest.Id, StringComparison.Ordinal));
        if (wrong is not null || inputs.Select(i => i.Id).Distinct().Count() != inputs.Count)
        {
            throw Fault(step, "collect", new InvalidOperationException("The tool returned an input of another instance, step or tool, or two inputs with one id."));
        }
    }
}
