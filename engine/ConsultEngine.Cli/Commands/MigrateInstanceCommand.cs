using System.CommandLine;
using ConsultEngine.Definitions.Overlays;
using ConsultEngine.Runtime;
using ConsultEngine.Runtime.Migration;
using Microsoft.Extensions.DependencyInjection;

namespace ConsultEngine.Cli.Commands;

/// <summary>
/// <c>consult instances migrate &lt;id&gt; --to N</c>: moves an instance to another version of its
/// definition and prints the plan; with <c>--dry-run</c> prints the plan and its problems only.
/// </summary>
internal static class MigrateInstanceCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var id = CommandArguments.InstanceId();
        var to = CommandArguments.Version("--to", "The version of the definition to move the instance to.");
        var map = CommandArguments.Pairs("--map", "old=new", "Carry the state of step 'old' over to step 'new' of the new version (unmapped steps keep their id). Repeatable.");
        var dryRun = new Option<bool>("--dry-run") { Description = "Print the plan and its problems; change nothing." };
        var actor = EngineOptions.Actor();
        var engine = new EngineOptions();
        var command = new Command("migrate", "Move an open instance to another version of its definition; print the plan and its problems (exit 1 when there are any).") { id, to, map, dryRun, actor };
        engine.AddTo(command);
        command.SetAction((result, cancellationToken) => EngineSession.RunAsync(result, engine, DatabaseUse.Existing, stderr, async services =>
        {
            var processes = services.GetRequiredService<ProcessEngine>();
            var instanceId = result.GetValue(id);
            var dry = result.GetValue(dryRun);
            var plan = await processes.MigrateAsync(instanceId, result.GetValue(to), result.GetValue(map), result.GetValue(actor)!, dry, cancellationToken).ConfigureAwait(false);
            WritePlan(plan, stdout, stderr);
            if (dry)
            {
                stdout.WriteLine("dry run: nothing was changed");
                return plan.CanApply ? ConsultCli.Ok : ConsultCli.ProblemsFound;
            }

            // Applying refuses a plan with problems (CE8014, every problem listed); here it was applied.
            stdout.WriteLine($"migrated to version {plan.ToVersion}");
            if (await processes.Store.FindInstanceAsync(instanceId, cancellationToken).ConfigureAwait(false) is { } instance)
            {
                var view = await InstanceView.LoadAsync(processes.Store, services.GetRequiredService<IDefinitionCatalog>(), instance, cancellationToken).ConfigureAwait(false);
                InstanceText.WriteSummary(view, stdout);
            }

            return ConsultCli.Ok;
        }));
        return command;
    }

    private static void WritePlan(MigrationPlan plan, TextWriter stdout, TextWriter stderr)
    {
        stdout.WriteLine($"migration of {plan.InstanceId}: {plan.DefinitionId}@{plan.FromVersion} -> @{plan.ToVersion}, phase {plan.FromPhase ?? "-"} -> {plan.ToPhase ?? "-"}");
        var table = new TextTable("  ");
        foreach (var change in plan.Changes)
        {
            table.Add(change.Kind, change.FromStep ?? "-", "->", change.ToStep ?? "-", change.Detail);
        }

        table.Write(stdout);

        // Each problem already starts with its code (CE8014: ...).
        foreach (var problem in plan.Problems)
        {
            stderr.WriteLine($"error {problem}");
        }
    }
}
