using System.Collections.Concurrent;
using System.Diagnostics;
using ConsultEngine.Hosting.Tools;

namespace ConsultEngine.Web.Portal;

/// <summary>
/// The index of open public steps the public write routes ask on every request: describing a consultation
/// reads the instance, all its step states and each open tool's public surface, which cost more than the
/// submission itself. An entry is trusted while the instance's revision (every committed advance: a step
/// closed, skipped, re-run, the consultation cancelled or migrated), the host's change number of its tool
/// steps (a step opened or closing, a tool's set-up changed: <see cref="IToolStepChanges"/>) and at most
/// <see cref="MaxAge"/> (what a tool decides by the clock, a change made by another node) all hold; so
/// each request needs the instance's revision alone (one read for the requests of the same moment:
/// <see cref="RevisionReads"/>). Only open steps are kept: an unknown step id costs the full look-up.
/// When only the age is past, one request refreshes the entry while the others keep using it.
/// </summary>
internal sealed partial class OpenConsultations
{
    private const int MaxEntries = 4_096;

    private static readonly long MaxAge = Stopwatch.Frequency;

    private readonly ConcurrentDictionary<(Guid Instance, string Step), IndexedStep> _index = new();

    private readonly RevisionReads _revisions = new(instances);

    /// <summary>
    /// As <see cref="FindStepAsync"/>, answered from the index of open steps when it is current; with the
    /// instance's revision it was found at, which a submission passes on so that the instance is not read again.
    /// </summary>
    public async Task<(OpenConsultation Consultation, OpenToolStep Step, long Revision)?> FindOpenStepAsync(Guid instanceId, string stepId, CancellationToken cancellationToken)
    {
        // Only the revision is read (one integer, not the row with its variables): the entry was described from the
        // rest. For a step the index holds, the read is shared with the requests of the same moment (RevisionReads).
        var key = (instanceId, stepId);
        var read = _index.ContainsKey(key) ? _revisions.ReadAsync(instanceId, cancellationToken) : _revisions.ReadAloneAsync(instanceId, cancellationToken);
        if (await read.ConfigureAwait(false) is not { } revision)
        {
            return null;
        }

        // Both taken before the look-up: a change during it leaves an entry that is stale at once.
        var version = changes.Version(instanceId);
        var now = Stopwatch.GetTimestamp();
        if (_index.TryGetValue(key, out var known) && known.Revision == revision && known.Version == version)
        {
            // Only its age is past: one caller looks again while the others go on with the entry, instead
            // of every request of that moment describing the consultation at once (under load, hundreds).
            if (now - known.At < MaxAge || !known.Refresh.TryTake())
            {
                return (known.Consultation, known.Step, revision);
            }
        }

        (OpenConsultation Consultation, OpenToolStep Step)? found;
        try
        {
            found = await FindStepAsync(instanceId, stepId, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            // A refresh that failed leaves no entry that nobody would refresh again.
            _index.TryRemove(key, out _);
            throw;
        }

        if (found is { } open)
        {
            if (_index.Count >= MaxEntries)
            {
                _index.Clear();
            }

            _index[key] = new IndexedStep(open.Consultation, open.Step, revision, version, now);
        }
        else
        {
            _index.TryRemove(key, out _);
        }

        return found is { } step ? (step.Consultation, step.Step, revision) : null;
    }

    private sealed record IndexedStep(OpenConsultation Consultation, OpenToolStep Step, long Revision, long Version, long At)
    {
        public RefreshClaim Refresh { get; } = new();
    }
}
