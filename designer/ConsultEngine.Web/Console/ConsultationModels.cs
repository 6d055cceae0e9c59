using System.Text.Json.Nodes;
using ConsultEngine.Definitions.Model;
using ConsultEngine.Runtime.State;
using ConsultEngine.Web.StaffConsole.Assignments;

namespace ConsultEngine.Web.StaffConsole;

/// <summary>A consultation in the console's list.</summary>
public sealed record InstanceSummary(
    Guid Id,
    string? Title,
    string DefinitionId,
    int DefinitionVersion,
    InstanceStatus Status,
    string? PhaseId,
    LocalizedText? PhaseTitle,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);

/// <summary>A consultation with its variables, timeline, open incidents and tool step assignments.</summary>
public sealed record InstanceDetail(
    InstanceSummary Instance,
    LocalizedText? DefinitionTitle,
    long Revision,
    JsonObject Variables,
    IReadOnlyList<TimelinePhase> Phases,
    IReadOnlyList<Incident> Incidents,
    IReadOnlyList<ToolStepAssignment> Assignments);

/// <summary>A step waiting on the signed-in user: a human task (with its form) or a tool step to run.</summary>
public sealed record TaskItem(
    Guid InstanceId,
    string? InstanceTitle,
    string StepId,
    LocalizedText? StepTitle,
    string Type,
    string? Role,
    bool IsTool,
    string? Form,
    DateTimeOffset Since,
    DateTimeOffset? DueAt,
    bool Overdue);

/// <summary>One waiting human step with what completing it takes: its outcomes and its form.</summary>
public sealed record TaskDetail(TaskItem Task, StepDefinition Step, FormDefinition? Form, long Revision);

/// <summary>
/// Start a consultation on an issue. <see cref="Version"/> null starts on the newest published version.
/// The title, summary and province go into the variables <c>issueTitle</c>, <c>issueSummary</c>
/// and <c>province</c> unless <see cref="Variables"/> sets them.
/// </summary>
public sealed record StartConsultation(string DefinitionId, int? Version, string? Title, string? Summary, string? Province, JsonObject? Variables);

/// <summary>Complete a waiting human step with an outcome and its form's fields.</summary>
public sealed record CompleteTask(string? Outcome, JsonObject? Fields, long? Revision);
