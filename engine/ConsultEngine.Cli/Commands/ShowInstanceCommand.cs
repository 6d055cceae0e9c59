using System.CommandLine;
using System.Globalization;
using ConsultEngine.Definitions.Overlays;
using ConsultEngine.Runtime.Journal;
using ConsultEngine.Runtime.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace ConsultEngine.Cli.Commands;

/// <summary><c>consult instances show &lt;id&gt; [--journal]</c>: one instance in full: summary, step states, waiting steps, open incidents, undispatched messages.</summary>
internal static class ShowInstanceCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var id = CommandArguments.InstanceId();
        var journal = new Option<bool>("--journal") { Description = "Also print the journal, one line per entry." };
        var engine = new EngineOptions();
        var command = new Command("show", "Show an instance: summary, step states, waiting steps, open incidents, undispatched outbox messages.") { id, journal };
        engine.AddTo(command);
        command.SetAction((result, cancellationToken) => EngineSession.RunAsync(result, engine, DatabaseUse.Existing, stderr, async services =>
        {
            var store = services.GetRequiredService<IInstanceStore>();
            var instanceId = result.GetValue(id);
            if (await store.FindInstanceAsync(instanceId, cancellationToken).ConfigureAwait(false) is not { } instance)
            {
                return EngineErrorText.NotFound(instanceId, stderr);
            }

            var view = await InstanceView.LoadAsync(store, services.GetRequiredService<IDefinitionCatalog>(), instance, cancellationToken).ConfigureAwait(false);
            WriteSummary(view, stdout);
            stdout.WriteLine();
            WriteSteps(view, stdout);
            stdout.WriteLine();
            InstanceText.WriteWaiting(view.Waiting, stdout);
            await WriteIncidentsAndOutboxAsync(store, instance.Id, stdout, cancellationToken).ConfigureAwait(false);
            if (result.GetValue(journal))
            {
                stdout.WriteLine();
                WriteJournal(await store.ReadJournalAsync(instance.Id, cancellationToken).ConfigureAwait(false), stdout);
            }

            return ConsultCli.Ok;
        }));
        return command;
    }

    private static void WriteSummary(InstanceView view, TextWriter stdout)
    {
        var instance = view.Instance;
        var table = new TextTable();
        table.Add("instance:", instance.Id.ToString());
        table.Add("title:", instance.Title ?? "-");
        table.Add("definition:", InstanceText.Definition(instance) + (view.DefinitionAvailable ? string.Empty : " (not among the loaded definitions)"));
        table.Add("status:", InstanceText.Status(instance.Status));
        table.Add("phase:", view.PhaseText);
        table.Add("variables:", instance.VariablesJson);
        table.Add("created:", InstanceText.Time(instance.CreatedAt));
        table.Add("updated:", $"{InstanceText.Time(instance.UpdatedAt)} (revision {instance.Revision}, {instance.JournalLength} journal entries)");
        table.Write(stdout);
    }

    private static void WriteSteps(InstanceView view, TextWriter stdout)
    {
        if (view.Steps.Count == 0)
        {
            stdout.WriteLine("steps: none reached");
            return;
        }

        stdout.WriteLine("steps:");
        var table = new TextTable("  ");
        table.Add("STEP", "STATUS", "ITERATION", "OUTCOME", "BY", "DONE");
        foreach (var step in view.Steps)
        {
            table.Add(step.StepId, InstanceText.Status(step.Status), step.Iteration.ToString(CultureInfo.InvariantCulture), step.Outcome ?? "-", step.Actor ?? "-", InstanceText.Time(step.CompletedAt));
        }

        table.Write(stdout);
    }

    private static async Task WriteIncidentsAndOutboxAsync(IInstanceStore store, Guid instanceId, TextWriter stdout, CancellationToken cancellationToken)
    {
        var open = (await store.ListIncidentsAsync(instanceId, cancellationToken).ConfigureAwait(false)).Where(i => i.ResolvedAt is null).OrderBy(i => i.At).ToList();
        stdout.WriteLine(open.Count == 0 ? "open incidents: none" : "open incidents:");
        foreach (var incident in open)
        {
            stdout.WriteLine($"  {incident.Code} at {incident.StepId} ({InstanceText.Time(incident.At)}): {incident.Message}");
        }

        // The store answers undispatched messages of every instance; this one's are counted here.
        var undispatched = (await store.FindUndispatchedAsync(int.MaxValue, cancellationToken).ConfigureAwait(false)).Count(m => m.InstanceId == instanceId);
        stdout.WriteLine($"undispatched outbox messages: {undispatched}");
    }

    private static void WriteJournal(IReadOnlyList<JournalEntry> entries, TextWriter stdout)
    {
        stdout.WriteLine("journal:");
        foreach (var entry in entries)
        {
            var step = entry.StepId is null ? string.Empty : $" {entry.StepId}#{entry.Iteration}";
            var data = entry.DataJson is null or "{}" ? string.Empty : $" {entry.DataJson}";
            stdout.WriteLine($"  {entry.Sequence,4} {InstanceText.Time(entry.At)} {entry.Event}{step} by {entry.Actor ?? "-"}{data}");
        }
    }
}
