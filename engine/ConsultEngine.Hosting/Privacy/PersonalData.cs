using System.Security.Cryptography;
using ConsultEngine.Abstractions;
using ConsultEngine.Persistence.Privacy;
using ConsultEngine.Runtime;
using ConsultEngine.Runtime.Journal;
using ConsultEngine.Runtime.State;
using ConsultEngine.Runtime.Storage;
using Microsoft.Extensions.Options;

namespace ConsultEngine.Hosting.Privacy;

internal sealed partial class PersonalData(
    IPersonalDataStore store,
    IInstanceStore instances,
    ProcessEngine engine,
    IAggregateSnapshot snapshot,
    ConsultEngine.Hosting.Tools.IToolSteps tools,
    IIdentifierHasher hasher,
    IOptions<PrivacyOptions> options,
    TimeProvider clock) : IPersonalData
{
    /// <summary>The actor the erasure job journals as.</summary>
    public const string JobActor = "engine:privacy";

    private const int MaxMonths = 600;
    private const string CodePurpose = "privacy:deletion-code";
    private const string IdentifierPurpose = "privacy:deletion-identifier";

    public async Task<RetentionView> RetentionAsync(Guid instanceId, CancellationToken cancellationToken = default)
    {
        var instance = await instances.FindInstanceAsync(instanceId, cancellationToken).ConfigureAwait(false)
            ?? throw new PrivacyException(ErasureCodes.ConsultationNotFound, $"There is no consultation {instanceId}.", instanceId);
        return await ViewAsync(instance, cancellationToken).ConfigureAwait(false);
    }

    public async Task<RetentionView> SetRetentionAsync(Guid instanceId, int months, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        if (months is < 1 or > MaxMonths)
        {
            throw new PrivacyException(ErasureCodes.RetentionInvalid, $"A retention period is 1 to {MaxMonths} months, not {months}.", instanceId);
        }

        var before = await RetentionAsync(instanceId, cancellationToken).ConfigureAwait(false);
        await store.SetRetentionAsync(new RetentionSetting(instanceId, months, actor, clock.GetUtcNow()), cancellationToken).ConfigureAwait(false);
        await engine.RecordNoteAsync(instanceId, PrivacyJournalEvents.RetentionSet, actor, new { months, previous = before.Months }, cancellationToken).ConfigureAwait(false);
        return await RetentionAsync(instanceId, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<ErasedConsultation>> EraseDueAsync(DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var erased = new List<ErasedConsultation>();
        var kept = (await store.ListKeptAsync(cancellationToken).ConfigureAwait(false)).ToDictionary(k => k.InstanceId);
        foreach (var instance in await instances.ListInstancesAsync(cancellationToken).ConfigureAwait(false))
        {
            cancellationToken.ThrowIfCancellationRequested();
            kept.TryGetValue(instance.Id, out var state);
            if (state is { ErasedAt: not null, JournaledAt: not null })
            {
                continue;
            }

            if (state is { ErasedAt: not null })
            {
                // Erased by a pass that died before journaling it: journal what it counted.
                erased.Add(await JournalAsync(instance.Id, state.Counts ?? new ErasureCounts(0, 0, 0), cancellationToken).ConfigureAwait(false));
                continue;
            }

            var view = await ViewAsync(instance, cancellationToken).ConfigureAwait(false);
            if (view.EraseAfter is { } due && due <= now)
            {
                erased.Add(await EraseAsync(instance.Id, now, cancellationToken).ConfigureAwait(false));
            }
        }

        return erased;
    }

    private async Task<ErasedConsultation> EraseAsync(Guid instanceId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        // The aggregate first, computed from the data as it is; a pass that dies after this keeps the same one.
        if (await store.FindKeptAsync(instanceId, cancellationToken).ConfigureAwait(false) is null)
        {
            await store.KeepAsync(instanceId, await snapshot.CaptureAsync(instanceId, cancellationToken).ConfigureAwait(false), now, cancellationToken).ConfigureAwait(false);
        }

        // The tools' own records next (idempotent), then the inputs, contacts and codes in one transaction that marks the erasure done.
        var toolRecords = await EraseToolRecordsAsync(instanceId, cancellationToken).ConfigureAwait(false);
        var counts = await store.EraseAsync(instanceId, now, cancellationToken).ConfigureAwait(false);
        return await JournalAsync(instanceId, counts with { ToolRecords = toolRecords }, cancellationToken).ConfigureAwait(false);
    }

    private async Task<int> EraseToolRecordsAsync(Guid instanceId, CancellationToken cancellationToken)
    {
        if (tools is not IToolStepsPersonalData steps)
        {
            return 0;
        }

        var changed = 0;
        foreach (var step in await instances.LoadAllStepsAsync(instanceId, cancellationToken).ConfigureAwait(false))
        {
            try
            {
                changed += await steps.ErasePersonalDataAsync(instanceId, step.StepId, cancellationToken).ConfigureAwait(false);
            }
            catch (ToolException error) when (error.Code is ToolCodes.StepNotCollecting or ToolCodes.ToolNotLoaded)
            {
                // Not a tool step, or its tool is not loaded here: no records of a tool of its own to erase.
            }
        }

        return changed;
    }

    private async Task<ErasedConsultation> JournalAsync(Guid instanceId, ErasureCounts counts, CancellationToken cancellationToken)
    {
        await engine.RecordNoteAsync(instanceId, PrivacyJournalEvents.PersonalDataErased, JobActor,
            new { inputs = counts.Inputs, contacts = counts.Contacts, deletionCodes = counts.DeletionCodes, toolRecords = counts.ToolRecords }, cancellationToken).ConfigureAwait(false);
        await store.MarkJournaledAsync(instanceId, clock.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        return new ErasedConsultation(instanceId, counts.Inputs, counts.Contacts, counts.DeletionCodes, counts.ToolRecords);
    }

    private async Task<RetentionView> ViewAsync(InstanceRecord instance, CancellationToken cancellationToken)
    {
        var own = await store.FindRetentionAsync(instance.Id, cancellationToken).ConfigureAwait(false);
        var months = own?.Months ?? options.Value.RetentionMonths;
        var closedAt = await ClosedAtAsync(instance, cancellationToken).ConfigureAwait(false);
        var kept = await store.FindKeptAsync(instance.Id, cancellationToken).ConfigureAwait(false);
        return new RetentionView(instance.Id, months, own is null, closedAt, closedAt?.AddMonths(months))
        {
            ErasedAt = kept?.ErasedAt,
            SetBy = own?.SetBy,
            SetAt = own?.SetAt,
        };
    }

    /// <summary>When the consultation closed: the journal's completion or cancellation; null while it runs.</summary>
    private async Task<DateTimeOffset?> ClosedAtAsync(InstanceRecord instance, CancellationToken cancellationToken)
    {
        if (instance.Status is not (InstanceStatus.Completed or InstanceStatus.Cancelled))
        {
            return null;
        }

        var journal = await instances.ReadJournalAsync(instance.Id, cancellationToken).ConfigureAwait(false);
        return journal.LastOrDefault(e => e.Event is JournalEvents.InstanceCompleted or JournalEvents.InstanceCancelled)?.At;
    }

    private static string NewCode()
    {
        // 80 random bits in 16 characters of an alphabet without look-alikes, in groups of four to copy by hand.
        const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        Span<char> code = stackalloc char[19];
        var bytes = RandomNumberGenerator.GetBytes(16);
        for (int i = 0, j = 0; i < code.Length; i++)
        {
            code[i] = i % 5 == 4 ? '-' : Alphabet[bytes[j++] % Alphabet.Length];
        }

        return new string(code);
    }
}
