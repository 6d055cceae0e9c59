using System.Globalization;
using ConsultEngine.Runtime.State;

namespace ConsultEngine.Cli.Commands;

/// <summary>How instances read on the terminal: times in UTC, statuses in lower case, what an instance waits on.</summary>
internal static class InstanceText
{
    public static string Time(DateTimeOffset? at) =>
        at is { } value ? value.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture) : "-";

    public static string Status(InstanceStatus status) => status.ToString().ToLowerInvariant();

    public static string Status(StepStatus status) => status.ToString().ToLowerInvariant();

    public static string Definition(InstanceRecord instance) => $"{instance.DefinitionId}@{instance.DefinitionVersion}";

    /// <summary>The id on a line of its own (for scripts), then the definition, status and phase, then what the instance waits on.</summary>
    public static void WriteSummary(InstanceView view, TextWriter stdout)
    {
        var instance = view.Instance;
        stdout.WriteLine(instance.Id);
        stdout.WriteLine($"{Definition(instance)}, {Status(instance.Status)}, phase {view.PhaseText}");
        WriteWaiting(view.Waiting, stdout);
    }

    public static void WriteWaiting(IReadOnlyList<WaitingStep> waiting, TextWriter stdout)
    {
        if (waiting.Count == 0)
        {
            stdout.WriteLine("waiting on: nothing");
            return;
        }

        stdout.WriteLine("waiting on:");
        var table = new TextTable("  ");
        foreach (var step in waiting)
        {
            // A step without a role is a timed `wait`: its date is when it ends, not a deadline.
            table.Add(step.StepId, step.Role is null ? "(timer)" : $"role {step.Role}", step.Role is null ? $"until {Time(step.Due)}" : step.Due is null ? "no due date" : $"due {Time(step.Due)}");
        }

        table.Write(stdout);
    }
}
