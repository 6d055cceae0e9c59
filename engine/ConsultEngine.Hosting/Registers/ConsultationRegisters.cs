using System.Globalization;
using ConsultEngine.Persistence.Registers;
using ConsultEngine.Runtime;

namespace ConsultEngine.Hosting.Registers;

/// <summary>The registers of a consultation (see <see cref="IConsultationRegisters"/>): opinions read from the tool steps, the rest kept by the store.</summary>
internal sealed partial class ConsultationRegisters(OpinionReader reader, IRegisterStore store, ProcessEngine engine, RegisterSampling sampling, TimeProvider clock, IEnumerable<IEvidenceThemes> evidenceThemes) : IConsultationRegisters
{
    private const string GroupPrefix = "NH-";

    public async Task<IReadOnlyList<RegisterEntry>> EntriesAsync(Guid instanceId, CancellationToken cancellationToken = default)
    {
        var opinions = await reader.ReadAsync(instanceId, cancellationToken).ConfigureAwait(false);
        return await EntriesAsync(instanceId, opinions, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<OpinionGroupSuggestion>> SuggestGroupsAsync(Guid instanceId, double threshold = OpinionSimilarity.DefaultThreshold, CancellationToken cancellationToken = default)
    {
        if (threshold is <= 0 or > 1 || double.IsNaN(threshold))
        {
            throw new RegisterException(RegisterCodes.RequestInvalid, "The similarity threshold is a number above 0 and at most 1.", instanceId);
        }

        var opinions = await reader.ReadAsync(instanceId, cancellationToken).ConfigureAwait(false);
        return OpinionSimilarity.Suggest([.. opinions.Opinions.Select(o => (o.Id, o.Text))], threshold);
    }

    public async Task<IReadOnlyList<Disposition>> RecordDispositionAsync(Guid instanceId, DispositionRequest request, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var ids = (request.OpinionIds ?? []).Where(id => !string.IsNullOrWhiteSpace(id)).Distinct(StringComparer.Ordinal).ToList();
        var opinions = await reader.ReadAsync(instanceId, cancellationToken).ConfigureAwait(false);
        var known = opinions.Opinions.Select(o => o.Id).ToHashSet(StringComparer.Ordinal);
        if (ids.FirstOrDefault(id => !known.Contains(id)) is { } unknown)
        {
            throw new RegisterException(RegisterCodes.OpinionNotFound, $"'{unknown}' is not an opinion of the consultation.", instanceId, unknown);
        }

        var entry = request.Entry ?? throw new RegisterException(RegisterCodes.RequestInvalid, "The disposition is missing.", instanceId);
        if (ids.Count > 1 && string.IsNullOrWhiteSpace(entry.GroupId))
        {
            var current = await store.CurrentDispositionsAsync(instanceId, cancellationToken).ConfigureAwait(false);
            entry = entry with { GroupId = NextGroup(current) };
        }

        return await store.RecordDispositionsAsync(instanceId, ids, entry, actor, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<Disposition>> DispositionHistoryAsync(Guid instanceId, string opinionId, CancellationToken cancellationToken = default)
    {
        await RequireInstanceAsync(instanceId, cancellationToken).ConfigureAwait(false);
        return await store.DispositionHistoryAsync(instanceId, opinionId, cancellationToken).ConfigureAwait(false);
    }

    public async Task<RegisterProgress> ProgressAsync(Guid instanceId, CancellationToken cancellationToken = default) =>
        Progress(await EntriesAsync(instanceId, cancellationToken).ConfigureAwait(false));

    public async Task<ExplanationRegister> ExplanationRegisterAsync(Guid instanceId, CancellationToken cancellationToken = default)
    {
        var entries = await EntriesAsync(instanceId, cancellationToken).ConfigureAwait(false);
        var rows = entries.Select((e, i) => new ExplanationRow(i + 1, e.Opinion.Id, e.Opinion.Text, e.Opinion.SourceLabel, e.Disposition?.Kind, e.Disposition?.Entry.Explanation, e.Disposition?.Entry.GroupId)
        {
            StepId = e.Opinion.StepId,
            Subject = e.Opinion.Subject,
            RecommendationId = e.Disposition?.Entry.RecommendationId,
            DecisionId = e.Disposition?.Entry.DecisionId,
            Stance = e.Opinion.Stance,
        }).ToList();
        return new ExplanationRegister(instanceId, clock.GetUtcNow(), Progress(entries), rows);
    }

    private async Task<IReadOnlyList<RegisterEntry>> EntriesAsync(Guid instanceId, ConsultationOpinions opinions, CancellationToken cancellationToken)
    {
        var current = (await store.CurrentDispositionsAsync(instanceId, cancellationToken).ConfigureAwait(false))
            .ToDictionary(d => d.OpinionId, StringComparer.Ordinal);
        return [.. opinions.Opinions.Select(o => new RegisterEntry(o, current.GetValueOrDefault(o.Id)))];
    }

    private RegisterProgress Progress(IReadOnlyList<RegisterEntry> entries) => ProgressCount.Of(entries, sampling);

    private static string NextGroup(IEnumerable<Disposition> current) => GroupId(HighestGroupNumber(current) + 1);

    private static string GroupId(int number) => GroupPrefix + number.ToString("00", CultureInfo.InvariantCulture);

    /// <summary>The highest group number in use (0 when none).</summary>
    private static int HighestGroupNumber(IEnumerable<Disposition> current) => current
        .Select(d => d.Entry.GroupId)
        .Where(g => g is not null && g.StartsWith(GroupPrefix, StringComparison.Ordinal))
        .Select(g => int.TryParse(g.AsSpan(GroupPrefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0)
        .DefaultIfEmpty(0)
        .Max();

    private async Task RequireInstanceAsync(Guid instanceId, CancellationToken cancellationToken)
    {
        if (await engine.Store.FindInstanceAsync(instanceId, cancellationToken).ConfigureAwait(false) is null)
        {
            throw new RegisterException(RegisterCodes.ConsultationNotFound, $"There is no consultation {instanceId}.", instanceId);
        }
    }
}
