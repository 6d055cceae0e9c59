using System.CommandLine;
using ConsultEngine.Runtime.Journal;
using ConsultEngine.Runtime.State;
using ConsultEngine.Runtime.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace ConsultEngine.Cli.Commands;

/// <summary><c>consult audit verify</c>: checks every instance's journal hash chain; prints <c>ok</c> or the first broken link per instance.</summary>
internal static class AuditVerifyCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var engine = new EngineOptions();
        var command = new Command("verify", "Verify the journal hash chain of every instance; exit 1 when any chain is broken.");
        engine.AddTo(command);
        command.SetAction((result, cancellationToken) => EngineSession.RunAsync(result, engine, DatabaseUse.ExistingWithoutDefinitions, stderr, async services =>
        {
            var store = services.GetRequiredService<IInstanceStore>();
            var broken = 0;
            var instances = (await store.ListInstancesAsync(cancellationToken).ConfigureAwait(false)).OrderBy(i => i.CreatedAt).ThenBy(i => i.Id).ToList();
            foreach (var instance in instances)
            {
                var journal = await store.ReadJournalAsync(instance.Id, cancellationToken).ConfigureAwait(false);
                if (JournalHasher.Verify(instance, journal) is { } link)
                {
                    broken++;
                    stdout.WriteLine($"instance {instance.Id}: entry {link.Sequence}: {link.Reason}");
                }
                else
                {
                    stdout.WriteLine($"instance {instance.Id}: ok ({journal.Count} entries)");
                }
            }

            stdout.WriteLine($"{instances.Count} instance(s) verified: {instances.Count - broken} ok, {broken} broken");
            return broken == 0 ? ConsultCli.Ok : ConsultCli.ProblemsFound;
        }));
        return command;
    }
}
