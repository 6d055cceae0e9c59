using System.Text;

namespace ConsultEngine.Testing;

/// <summary>
/// The golden form of a scenario's run as a reviewer reads it: where the consultation ended
/// (status, every step with its last iteration and outcome, the outbox, incidents), then the
/// journal one event a line. Times are offsets from the start; ids are scrubbed.
/// </summary>
public static class GoldenJournal
{
    public static string Render(string name, Scenario scenario, NormalizedRun run)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(run);
        var text = new StringBuilder();
        text.Append("scenario   ").Append(name).Append('\n');
        text.Append("definition ").Append(scenario.Definition).Append('\n');
        if (scenario.Description is { } description)
        {
            text.Append("about      ").Append(description).Append('\n');
        }

        text.Append('\n');
        text.Append("status     ").Append(run.Status).Append('\n');
        text.Append("phase      ").Append(run.Phase ?? "-").Append('\n');
        text.Append("chain      ").Append(run.ChainVerifies ? "verifies" : "BROKEN").Append('\n');
        text.Append("waiting    ").Append(run.Waiting.Count == 0 ? "-" : string.Join(", ", run.Waiting)).Append('\n');
        Section(text, "steps", run.Steps.Select(s => $"{s.Key,-36} {s.Value}"));
        Section(text, "outbox", run.Outbox);
        Section(text, "incidents", run.Incidents);
        text.Append('\n').Append("journal").Append('\n').Append(run.ToText()).Append('\n');
        return text.ToString();
    }

    private static void Section(StringBuilder text, string title, IEnumerable<string> lines)
    {
        var list = lines.ToList();
        text.Append(list.Count == 0 ? title.PadRight(10) + " -" : title).Append('\n');
        foreach (var line in list)
        {
            text.Append("  ").Append(line).Append('\n');
        }
    }
}
