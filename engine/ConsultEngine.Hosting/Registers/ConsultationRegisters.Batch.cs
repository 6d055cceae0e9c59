using ConsultEngine.Persistence.Registers;

namespace ConsultEngine.Hosting.Registers;

internal sealed partial class ConsultationRegisters
{
    public async Task<IReadOnlyList<Disposition>> RecordDispositionsAsync(Guid instanceId, IReadOnlyList<DispositionRequest> requests, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(requests);

        // Read the opinions and the groups in use once for the whole batch: reading them per request
        // (as one RecordDispositionAsync each would) costs a full read of every tool step per opinion.
        var opinions = await reader.ReadAsync(instanceId, cancellationToken).ConfigureAwait(false);
        var known = opinions.Opinions.Select(o => o.Id).ToHashSet(StringComparer.Ordinal);
        var checkedRequests = new List<(List<string> Ids, DispositionEntry Entry)>(requests.Count);
        foreach (var request in requests)
        {
            ArgumentNullException.ThrowIfNull(request);
            var ids = (request.OpinionIds ?? []).Where(id => !string.IsNullOrWhiteSpace(id)).Distinct(StringComparer.Ordinal).ToList();
            if (ids.FirstOrDefault(id => !known.Contains(id)) is { } unknown)
            {
                throw new RegisterException(RegisterCodes.OpinionNotFound, $"'{unknown}' is not an opinion of the consultation.", instanceId, unknown);
            }

            checkedRequests.Add((ids, request.Entry ?? throw new RegisterException(RegisterCodes.RequestInvalid, "The disposition is missing.", instanceId)));
        }

        var groups = checkedRequests.Any(r => r.Ids.Count > 1 && string.IsNullOrWhiteSpace(r.Entry.GroupId))
            ? HighestGroupNumber(await store.CurrentDispositionsAsync(instanceId, cancellationToken).ConfigureAwait(false))
            : 0;
        var recorded = new List<Disposition>();
        foreach (var (ids, requested) in checkedRequests)
        {
            var entry = ids.Count > 1 && string.IsNullOrWhiteSpace(requested.GroupId) ? requested with { GroupId = GroupId(++groups) } : requested;
            recorded.AddRange(await store.RecordDispositionsAsync(instanceId, ids, entry, actor, cancellationToken).ConfigureAwait(false));
        }

        return recorded;
    }
}
