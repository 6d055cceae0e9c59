using System.CommandLine;
using ConsultEngine.Definitions.Overlays;
using ConsultEngine.Runtime.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace ConsultEngine.Cli.Commands;

/// <summary><c>consult instances list [--status ...]</c>: one row per instance with its phase and what it waits on.</summary>
internal static class ListInstancesCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var status = new Option<string?>("--status") { Description = "Only the instances with this status." };
        status.AcceptOnlyFromAmong("running", "suspended", "completed", "cancelled");
        var engine = new EngineOptions();
        var command = new Command("list", "List the instances: id, definition@version, status, current phase, last update, waiting steps.") { status };
        engine.AddTo(command);
        command.SetAction((result, cancellationToken) => EngineSession.RunAsync(result, engine, DatabaseUse.Existing, stderr, async services =>
        {
            var store = services.GetRequiredService<IInstanceStore>();
            var catalog = services.GetRequiredService<IDefinitionCatalog>();
            var wanted = result.GetValue(status);
            var instances = (await store.ListInstancesAsync(cancellationToken).ConfigureAwait(false))
                .Where(i => wanted is null || InstanceText.Status(i.Status) == wanted)
                .OrderBy(i => i.CreatedAt)
                .ThenBy(i => i.Id)
                .ToList();
            if (instances.Count == 0)
            {
                stdout.WriteLine(wanted is null ? "no instances" : $"no {wanted} instances");
                return ConsultCli.Ok;
            }

            var table = new TextTable();
            table.Add("ID", "DEFINITION", "STATUS", "PHASE", "UPDATED", "WAITING");
            foreach (var instance in instances)
            {
                var view = await InstanceView.LoadAsync(store, catalog, instance, cancellationToken).ConfigureAwait(false);
                table.Add(
                    instance.Id.ToString(),
                    InstanceText.Definition(instance),
                    InstanceText.Status(instance.Status),
                    view.PhaseText,
                    InstanceText.Time(instance.UpdatedAt),
                    view.Waiting.Count == 0 ? "-" : string.Join(", ", view.Waiting.Select(w => w.StepId)));
            }

            table.Write(stdout);
            return ConsultCli.Ok;
        }));
        return command;
    }
}
