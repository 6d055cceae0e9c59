using System.Text.Json.Nodes;
using ConsultEngine.Definitions.Model;
using ConsultEngine.Definitions.Overlays;
using ConsultEngine.Hosting.Definitions;
using ConsultEngine.Runtime;
using ConsultEngine.Runtime.Journal;
using ConsultEngine.Runtime.Queries;
using ConsultEngine.Runtime.State;
using ConsultEngine.Web.StaffConsole.Assignments;

namespace ConsultEngine.Web.StaffConsole;

/// <summary>
/// The console's reads and commands over consultations, shared by its pages and the API: both call
/// here, so a page and an endpoint refuse the same things with the same codes. Commands go through
/// <see cref="ProcessEngine"/>, reads through the engine's <see cref="IConsultationQueries"/>; this class
/// only adds who may do what.
/// </summary>
internal sealed class Consultations(ProcessEngine engine, IConsultationQueries queries, IDefinitionCatalog catalog, IDefinitionLibrary library, AssignmentStore assignments, TimeProvider clock, Tenancy.ProvinceAccess provinces, ConsultEngine.Definitions.StepTypes.IStepTypeRegistry stepTypes)
{
    public async Task<IReadOnlyList<InstanceSummary>> ListAsync(CancellationToken cancellationToken = default)
    {
        var instances = await queries.ListAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        return [.. instances.Select(Summary)];
    }

    /// <summary>The consultations of the viewer's province (all of them for national staff).</summary>
    public async Task<IReadOnlyList<InstanceSummary>> ListAsync(StaffUser viewer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        var instances = await queries.ListAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        return [.. instances.Where(i => provinces.SeesConsultation(viewer.Province, i.VariablesJson)).Select(Summary)];
    }

    /// <summary>One consultation as the viewer may see it: another province's answers as one that does not exist.</summary>
    public async Task<InstanceDetail> GetAsync(Guid instanceId, StaffUser viewer, CancellationToken cancellationToken = default)
    {
        await FindAsync(instanceId, viewer, cancellationToken).ConfigureAwait(false);
        return await GetAsync(instanceId, cancellationToken).ConfigureAwait(false);
    }

    public async Task<InstanceDetail> GetAsync(Guid instanceId, CancellationToken cancellationToken = default)
    {
        var detail = await queries.GetAsync(instanceId, cancellationToken).ConfigureAwait(false) ?? throw NotFound(instanceId);
        var instance = detail.Consultation;
        var definition = Definition(instance);
        var assigned = await assignments.ListAsync(instanceId, cancellationToken: cancellationToken).ConfigureAwait(false);
        var variables = JsonNode.Parse(instance.VariablesJson) as JsonObject ?? [];
        return new InstanceDetail(Summary(instance), definition.Title, instance.Revision, variables, Timeline.Build(definition, instance, detail.Steps, detail.Journal, stepTypes), detail.Incidents, assigned);
    }

    public async Task<IReadOnlyList<JournalEntry>> JournalAsync(Guid instanceId, CancellationToken cancellationToken = default)
    {
        await FindAsync(instanceId, cancellationToken).ConfigureAwait(false);
        return await queries.JournalAsync(instanceId, cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The published versions consultations may start on, newest first, with their definitions.</summary>
    public async Task<IReadOnlyList<(DefinitionSummary Summary, int Version, ProcessDefinition Definition)>> StartableAsync(CancellationToken cancellationToken = default)
    {
        var result = new List<(DefinitionSummary, int, ProcessDefinition)>();
        foreach (var summary in await library.ListAsync(cancellationToken).ConfigureAwait(false))
        {
            foreach (var version in summary.Versions.Where(v => v.State == Persistence.Definitions.DefinitionVersionState.Published).OrderByDescending(v => v.Version))
            {
                if (catalog.Find(summary.Id, version.Version) is { } definition)
                {
                    result.Add((summary, version.Version, definition));
                }
            }
        }

        return result;
    }

    /// <summary>The versions the viewer's province may start on: national definitions and its own.</summary>
    public async Task<IReadOnlyList<(DefinitionSummary Summary, int Version, ProcessDefinition Definition)>> StartableAsync(StaffUser viewer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        return [.. (await StartableAsync(cancellationToken).ConfigureAwait(false)).Where(s => provinces.ReadsDefinition(viewer.Province, s.Summary.Id))];
    }

    public async Task<InstanceRecord> StartAsync(StartConsultation request, StaffUser user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(user);
        if (string.IsNullOrWhiteSpace(request.DefinitionId))
        {
            throw ConsoleException.Invalid("The definition to start on is required.", "/definitionId");
        }

        if (!provinces.ReadsDefinition(user.Province, request.DefinitionId))
        {
            throw new ConsoleException(Tenancy.TenancyCodes.DefinitionOfAnotherProvince, $"The definition '{request.DefinitionId}' belongs to another province.", "/definitionId");
        }

        var version = request.Version ?? await library.LatestPublishedAsync(request.DefinitionId, cancellationToken).ConfigureAwait(false)
            ?? throw new ConsoleException(ConsoleCodes.NoPublishedVersion, $"The definition '{request.DefinitionId}' has no published version.", "/definitionId");
        var variables = request.Variables?.DeepClone().AsObject() ?? [];
        SetIfAbsent(variables, "issueTitle", request.Title);
        SetIfAbsent(variables, "issueSummary", request.Summary);
        SetIfAbsent(variables, "province", request.Province);
        variables[Tenancy.ProvinceAccess.Variable] = provinces.ProvinceForStart(user.Province, request.Province);
        return await engine.StartAsync(request.DefinitionId, version, variables, request.Title?.Trim(), user.Actor, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The steps waiting on <paramref name="user"/>: human steps of the user's roles, and the tool steps the user may run.</summary>
    public async Task<IReadOnlyList<TaskItem>> InboxAsync(StaffUser user, CancellationToken cancellationToken = default)
    {
        var instances = (await queries.ListAsync(new ConsultationFilter { Status = InstanceStatus.Running }, cancellationToken).ConfigureAwait(false))
            .ToDictionary(i => i.Id);
        var mine = user.IsContractorOnly
            ? (await assignments.ListAsync(organisation: user.Organisation ?? string.Empty, cancellationToken: cancellationToken).ConfigureAwait(false))
                .Select(a => (a.InstanceId, a.StepId)).ToHashSet()
            : null;
        var now = clock.GetUtcNow();
        var items = new List<TaskItem>();
        foreach (var waiting in await queries.WaitingAsync(new WaitingFilter { InstanceStatus = InstanceStatus.Running }, cancellationToken).ConfigureAwait(false))
        {
            if (!instances.TryGetValue(waiting.InstanceId, out var instance) || !provinces.SeesConsultation(user.Province, instance.VariablesJson)
                || Step(Definition(instance), waiting.StepId) is not { } step)
            {
                continue;
            }

            var isTool = Timeline.IsTool(step);
            var visible = mine is not null
                ? isTool ? mine.Contains((instance.Id, step.Id)) : user.MayWork(step.Role) && mine.Any(m => m.InstanceId == instance.Id)
                : isTool || user.MayWork(step.Role);
            if (visible)
            {
                items.Add(new TaskItem(instance.Id, instance.Title, step.Id, step.Title, step.Type, step.Role, isTool, step.Form,
                    waiting.Since, waiting.DueAt, waiting.DueAt is { } due && due < now));
            }
        }

        return [.. items.OrderBy(i => i.DueAt ?? DateTimeOffset.MaxValue).ThenBy(i => i.Since).ThenBy(i => i.StepId, StringComparer.Ordinal)];
    }

    /// <summary>A waiting human step the user may complete (CE8004 when it is not waiting, CE9941 when not the user's role).</summary>
    public async Task<TaskDetail> TaskAsync(Guid instanceId, string stepId, StaffUser user, CancellationToken cancellationToken = default)
    {
        var instance = await FindAsync(instanceId, user, cancellationToken).ConfigureAwait(false);
        var definition = Definition(instance);
        var step = Step(definition, stepId) ?? throw new ConsoleException(RuntimeCodes.StepNotFound, $"The definition has no step '{stepId}'.");
        CheckHumanStep(step, user);
        await CheckContractorAsync(instanceId, step, user, cancellationToken).ConfigureAwait(false);
        var waiting = await queries.WaitingAsync(new WaitingFilter { InstanceId = instanceId, StepId = stepId }, cancellationToken).ConfigureAwait(false) is [var first, ..]
            ? first
            : throw new ConsoleException(RuntimeCodes.StepNotWaiting, $"The step '{stepId}' is not waiting for people.");
        var form = step.Form is { } formId ? definition.Forms.GetValueOrDefault(formId) : null;
        var item = new TaskItem(instance.Id, instance.Title, step.Id, step.Title, step.Type, step.Role, false, step.Form, waiting.Since, waiting.DueAt,
            waiting.DueAt is { } due && due < clock.GetUtcNow());
        return new TaskDetail(item, step, form, instance.Revision);
    }

    /// <summary>Completes a waiting human step through the engine, after checking the user's role for it.</summary>
    public async Task<InstanceRecord> CompleteAsync(Guid instanceId, string stepId, CompleteTask request, StaffUser user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var instance = await FindAsync(instanceId, user, cancellationToken).ConfigureAwait(false);
        if (Step(Definition(instance), stepId) is { } step)
        {
            CheckHumanStep(step, user);
            await CheckContractorAsync(instanceId, step, user, cancellationToken).ConfigureAwait(false);
        }

        var completion = new StepCompletion(user.Actor, string.IsNullOrWhiteSpace(request.Outcome) ? null : request.Outcome, request.Fields?.DeepClone());
        return await engine.CompleteStepAsync(instanceId, stepId, completion, request.Revision, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Pauses a running consultation: its steps keep their state, timers do not fire and no step completes until it is resumed (journaled by the engine).</summary>
    public async Task<InstanceRecord> SuspendAsync(Guid instanceId, StaffUser user, CancellationToken cancellationToken = default)
    {
        RequireRunner(user);
        await FindAsync(instanceId, user, cancellationToken).ConfigureAwait(false);
        return await engine.SuspendAsync(instanceId, user.Actor, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Lets a suspended consultation run on where it stood.</summary>
    public async Task<InstanceRecord> ResumeAsync(Guid instanceId, StaffUser user, CancellationToken cancellationToken = default)
    {
        RequireRunner(user);
        await FindAsync(instanceId, user, cancellationToken).ConfigureAwait(false);
        return await engine.ResumeAsync(instanceId, user.Actor, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Ends a consultation for good: every open step is cancelled, with the reason in the journal.</summary>
    public async Task<InstanceRecord> CancelAsync(Guid instanceId, string? reason, StaffUser user, CancellationToken cancellationToken = default)
    {
        RequireRunner(user);
        await FindAsync(instanceId, user, cancellationToken).ConfigureAwait(false);
        return await engine.CancelAsync(instanceId, user.Actor, string.IsNullOrWhiteSpace(reason) ? null : reason.Trim(), cancellationToken).ConfigureAwait(false);
    }

    internal async Task<ConsultationRow> FindAsync(Guid instanceId, CancellationToken cancellationToken) =>
        await queries.FindAsync(instanceId, cancellationToken).ConfigureAwait(false) ?? throw NotFound(instanceId);

    /// <summary>A consultation the user's province may see; another province's is "not found", never "forbidden".</summary>
    internal async Task<ConsultationRow> FindAsync(Guid instanceId, StaffUser user, CancellationToken cancellationToken)
    {
        var instance = await FindAsync(instanceId, cancellationToken).ConfigureAwait(false);
        return provinces.SeesConsultation(user.Province, instance.VariablesJson) ? instance : throw NotFound(instanceId);
    }

    internal ProcessDefinition Definition(ConsultationRow instance) =>
        catalog.Find(instance.DefinitionId, instance.DefinitionVersion)
        ?? throw new ConsoleException(RuntimeCodes.DefinitionNotAvailable, $"The definition {instance.DefinitionId}@{instance.DefinitionVersion} is not available.");

    internal static StepDefinition? Step(ProcessDefinition definition, string stepId) => definition.AllSteps().FirstOrDefault(s => s.Id == stepId);

    // The API checks the policy before calling; this stops a page event forged by someone the page hid the button from.
    private static void RequireRunner(StaffUser user)
    {
        if (!user.Roles.Any(Security.Policies.RolesOf[Security.Policies.RunConsultations].Contains))
        {
            throw new ConsoleException(ConsoleCodes.RoleMismatch, "Suspending, resuming and cancelling consultations is for the roles that run them.");
        }
    }

    private static void CheckHumanStep(StepDefinition step, StaffUser user)
    {
        if (Timeline.IsTool(step))
        {
            throw new ConsoleException(ConsoleCodes.CloseThroughTool, $"The step '{step.Id}' is a tool step: close it through its tool.");
        }

        if (!user.MayWork(step.Role))
        {
            throw new ConsoleException(ConsoleCodes.RoleMismatch, $"The step '{step.Id}' is worked by the role '{step.Role}', which is not yours.");
        }
    }

    private static ConsoleException NotFound(Guid instanceId) => new(RuntimeCodes.InstanceNotFound, $"There is no consultation {instanceId}.");

    /// <summary>
    /// A contracted organisation works the contractor tasks of the consultations it was given (one of
    /// their tool steps is assigned to it) and of no other (CE9990): the role alone says what kind of
    /// work, the assignment says where. Administrators are not held to it.
    /// </summary>
    private async Task CheckContractorAsync(Guid instanceId, StepDefinition step, StaffUser user, CancellationToken cancellationToken)
    {
        if (user.IsAdministrator || DefinitionRoles.WebRole(step.Role) != Security.Roles.ContractedOrganisation)
        {
            return;
        }

        var assigned = user.Organisation is { } organisation
            && (await assignments.ListAsync(instanceId, organisation, cancellationToken).ConfigureAwait(false)).Count > 0;
        if (!assigned)
        {
            throw new ConsoleException(Identity.AccessCodes.ContractorTaskNotAssigned,
                $"The step '{step.Id}' is a contractor task of a consultation not assigned to your organisation.");
        }
    }

    private InstanceSummary Summary(ConsultationRow instance)
    {
        var phases = catalog.Find(instance.DefinitionId, instance.DefinitionVersion)?.Phases ?? [];
        var phase = instance.PhaseIndex < phases.Count ? phases[instance.PhaseIndex] : null;
        return new(instance.Id, instance.Title, instance.DefinitionId, instance.DefinitionVersion, instance.Status, phase?.Id, phase?.Title, instance.StartedAt, instance.UpdatedAt);
    }

    private static void SetIfAbsent(JsonObject variables, string name, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value) && !variables.ContainsKey(name))
        {
            variables[name] = value.Trim();
        }
    }
}
