using System.CommandLine;
using System.Text.Json;
using ConsultEngine.Runtime.Journal;
using ConsultEngine.Runtime.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace ConsultEngine.Cli.Commands;

/// <summary>
/// <c>consult audit head &lt;id&gt; [--format json]</c>: the head of an instance's journal chain (last
/// sequence and hash/MAC), to be kept outside the installation: a later rewrite of the whole chain
/// cannot reproduce it.
/// </summary>
internal static class AuditHeadCommand
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var id = CommandArguments.InstanceId();
        var format = new Option<string>("--format") { Description = "text or json.", HelpName = "text|json", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var engine = new EngineOptions();
        var command = new Command("head", "Print the head of an instance's journal chain (last entry's sequence and MAC) to keep outside the installation.") { id, format };
        engine.AddTo(command);
        command.SetAction((result, cancellationToken) => EngineSession.RunAsync(result, engine, DatabaseUse.ExistingWithoutDefinitions, stderr, async services =>
        {
            var store = services.GetRequiredService<IInstanceStore>();
            var instanceId = result.GetValue(id);
            if (await store.FindInstanceAsync(instanceId, cancellationToken).ConfigureAwait(false) is not { } instance)
            {
                stderr.WriteLine($"error {JournalCodes.InstanceUnknown}: There is no instance {instanceId}.");
                return ConsultCli.ProblemsFound;
            }

            var head = JournalHeadInfo.Of(instance);
            stdout.WriteLine(result.GetValue(format) == "json"
                ? JsonSerializer.Serialize(new { instanceId = head.InstanceId, sequence = head.Sequence, hash = head.Hash, keyed = head.Keyed }, Json)
                : $"instance {head.InstanceId}: journal head {head.Sequence} {head.Hash} ({(head.Keyed ? "keyed" : "unkeyed (legacy)")})");
            return ConsultCli.Ok;
        }));
        return command;
    }
}
