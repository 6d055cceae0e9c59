using System.Text.Json;
using ConsultEngine.Abstractions;
using ConsultEngine.Definitions.Model;
using ConsultEngine.Runtime.State;

namespace ConsultEngine.Hosting.Tools;

/// <summary>One tool step of one instance as the host found it: the instance, its definition version, the step, its engine state and the tool that serves it.</summary>
internal sealed class ResolvedToolStep
{
    private static readonly JsonElement EmptyObject = JsonDocument.Parse("{}").RootElement.Clone();

    // The instance's variables parsed once per resolved step (a resolved step is reused while the instance's
    // revision holds); boxed, so that threads sharing the step swap a reference, never half a struct.
    private object? _variables;

    public required InstanceRecord Instance { get; init; }

    public required ProcessDefinition Definition { get; init; }

    public required StepDefinition Step { get; init; }

    public required StepState State { get; init; }

    public required IConsultationTool Tool { get; init; }

    public required ToolManifest Manifest { get; init; }

    public required IToolInputs Inputs { get; init; }

    /// <summary>The step's records, the host's reserved collections included.</summary>
    public required IToolRecords Records { get; init; }

    public required IToolScripts Scripts { get; init; }

    public required IIdentifierHasher Identifiers { get; init; }

    public required TimeProvider Clock { get; init; }

    public Guid InstanceId => Instance.Id;

    public string StepId => Step.Id;

    /// <summary>Whether the engine waits on the step now (the instance runs and the step is waiting).</summary>
    public bool Waiting => Instance.Status == InstanceStatus.Running && State.Status == StepStatus.Waiting;

    public ToolContext Context(ToolCaller caller) => Context(caller, Records);

    /// <summary>The context with the step's records read through <paramref name="records"/> (the host's collections still out of the tool's reach).</summary>
    public ToolContext Context(ToolCaller caller, IToolRecords records) => new()
    {
        InstanceId = Instance.Id,
        StepId = Step.Id,
        DefinitionId = Definition.Id,
        DefinitionVersion = Definition.Version,
        Config = Step.Config is { ValueKind: JsonValueKind.Object } config ? config : EmptyObject,
        Variables = (JsonElement)(_variables ??= Variables(Instance.VariablesJson)),
        Actor = caller.Actor,
        Language = caller.Language,
        Inputs = Inputs,
        Records = new HostRecords(records),
        Scripts = Scripts,
        Identifiers = Identifiers,
        Clock = Clock,
    };

    public ToolException Refuse(string code, string message, IReadOnlyList<ToolProblem>? problems = null, Exception? inner = null) =>
        new(code, message, problems, inner) { ToolId = Manifest.Id, InstanceId = Instance.Id, StepId = Step.Id };

    private static JsonElement Variables(string json)
    {
        using var document = JsonDocument.Parse(string.IsNullOrWhiteSpace(json) ? "{}" : json);
        return document.RootElement.Clone();
    }
}
