namespace ConsultEngine.Web.StaffConsole.Assignments;

/// <summary>A tool step of one consultation given to a contracted organisation to run.</summary>
public sealed record ToolStepAssignment
{
    public Guid InstanceId { get; init; }

    public string StepId { get; init; } = string.Empty;

    /// <summary>The organisation's name as its users' organisation claim carries it.</summary>
    public string Organisation { get; init; } = string.Empty;

    public string AssignedBy { get; init; } = string.Empty;

    public DateTimeOffset AssignedAt { get; init; }
}
