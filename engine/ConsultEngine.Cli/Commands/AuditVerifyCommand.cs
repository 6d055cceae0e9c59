using System.CommandLine;
using ConsultEngine.Runtime.Journal;
using ConsultEngine.Runtime.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace ConsultEngine.Cli.Commands;

/// <summary>
/// <c>consult audit verify [&lt;id&gt;]</c>: checks the journal chain of one instance, or of every one, under
/// the installation key; one coded line per instance (<see cref="JournalCodes"/>) and an exit code
/// from <see cref="AuditExit"/>.
/// </summary>
internal static class AuditVerifyCommand
{
    /// <summary>The environment variable that requires keyed chains, as a host's configuration reads <c>ConsultEngine:Journal:RequireKeyed</c>.</summary>
    public const string RequireKeyedVariable = "ConsultEngine__Journal__RequireKeyed";

    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var id = AuditOptions.OptionalInstance();
        var keyFile = AuditOptions.KeyFile();
        var requireKeyed = new Option<bool>("--require-keyed")
        {
            Description = $"Refuse a chain with no keyed entry (CE8148) instead of accepting it as legacy (also {RequireKeyedVariable}=true).",
        };
        var engine = new EngineOptions();
        var command = new Command("verify", "Verify the journal chain of an instance (or of every instance) under the installation key: intact, broken or rewritten.") { id, keyFile, requireKeyed };
        engine.AddTo(command);
        command.SetAction((result, cancellationToken) => EngineSession.RunAsync(result, engine, DatabaseUse.ExistingWithoutDefinitions, stderr, async services =>
        {
            if (!AuditOptions.TryKey(result, engine, keyFile, stderr, out var key))
            {
                return AuditExit.KeyProblem;
            }

            var store = services.GetRequiredService<IInstanceStore>();
            var instances = (await store.ListInstancesAsync(cancellationToken).ConfigureAwait(false)).OrderBy(i => i.CreatedAt).ThenBy(i => i.Id).ToList();
            if (result.GetValue(id) is { } only)
            {
                instances = [.. instances.Where(i => i.Id == only)];
                if (instances.Count == 0)
                {
                    stderr.WriteLine($"error {JournalCodes.InstanceUnknown}: There is no instance {only}.");
                    return ConsultCli.ProblemsFound;
                }
            }

            var policy = new JournalAuditPolicy(
                result.GetValue(requireKeyed) || (bool.TryParse(Environment.GetEnvironmentVariable(RequireKeyedVariable), out var required) && required),
                JournalKeyedMarker.Read(JournalKeyedMarker.PathFor(result.GetValue(engine.Database)!)));
            var verdicts = new List<JournalVerdict>();
            foreach (var instance in instances)
            {
                var verdict = JournalAudit.Check(instance, await store.ReadJournalAsync(instance.Id, cancellationToken).ConfigureAwait(false), key, policy);
                verdicts.Add(verdict);
                stdout.WriteLine(Line(verdict, instance.JournalHead));
            }

            var intact = verdicts.Count(v => v.Intact);
            stdout.WriteLine($"{verdicts.Count} instance(s) verified: {intact} intact ({verdicts.Count(v => v.State == JournalState.Keyed)} keyed, "
                + $"{verdicts.Count(v => v.State == JournalState.Legacy)} legacy), {verdicts.Count(v => v.State == JournalState.Broken)} broken, "
                + $"{verdicts.Count(v => v.State == JournalState.Rewritten)} rewritten, {verdicts.Count(v => v.State == JournalState.LegacyRefused)} unkeyed where keyed is required, "
                + $"{verdicts.Count(v => v.State is JournalState.KeyMissing or JournalState.KeyMismatch)} not checkable with this key");
            return AuditExit.Of(verdicts);
        }));
        return command;
    }

    private static string Line(JournalVerdict verdict, string head) => verdict.State switch
    {
        JournalState.Keyed or JournalState.Legacy => $"instance {verdict.InstanceId}: {verdict.Code} ok, {verdict.Reason} ({verdict.Entries} entries, head {verdict.Entries} {head})",
        JournalState.Rewritten => $"instance {verdict.InstanceId}: {verdict.Code} REWRITTEN at entry {verdict.Sequence}: {verdict.Reason}",
        JournalState.Broken => $"instance {verdict.InstanceId}: {verdict.Code} broken at entry {verdict.Sequence}: {verdict.Reason}",
        JournalState.LegacyRefused => $"instance {verdict.InstanceId}: {verdict.Code} UNKEYED at entry {verdict.Sequence}: {verdict.Reason}",
        _ => $"instance {verdict.InstanceId}: {verdict.Code} not checked: {verdict.Reason}",
    };
}

/// <summary>The exit codes of <c>consult audit verify</c>: the worst finding wins (rewritten, then broken, then an unkeyed chain where keyed is required, then a key problem).</summary>
internal static class AuditExit
{
    public const int Intact = ConsultCli.Ok;
    public const int Broken = ConsultCli.ProblemsFound;
    public const int Rewritten = 3;
    public const int KeyProblem = 4;
    public const int LegacyRefused = 5;

    public static int Of(IReadOnlyCollection<JournalVerdict> verdicts)
    {
        ArgumentNullException.ThrowIfNull(verdicts);
        return verdicts.Any(v => v.State == JournalState.Rewritten) ? Rewritten
            : verdicts.Any(v => v.State == JournalState.Broken) ? Broken
            : verdicts.Any(v => v.State == JournalState.LegacyRefused) ? LegacyRefused
            : verdicts.Any(v => !v.Intact) ? KeyProblem
            : Intact;
    }
}
