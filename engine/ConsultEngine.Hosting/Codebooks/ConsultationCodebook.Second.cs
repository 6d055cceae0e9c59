using ConsultEngine.Persistence.Codebooks;

namespace ConsultEngine.Hosting.Codebooks;

internal sealed partial class ConsultationCodebook
{
    public async Task<CodingSample> DrawSampleAsync(Guid instanceId, SampleRequest request, string actor, CancellationToken cancellationToken = default)
    {
        var opinions = await ReadAsync(instanceId, cancellationToken).ConfigureAwait(false);
        var primary = await PrimaryAsync(instanceId, opinions, cancellationToken).ConfigureAwait(false);
        var drawn = CodebookSampling.Draw(primary.Keys, request, instanceId);
        return await store.ReplaceSampleAsync(instanceId, drawn, request.Seed, actor, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<BlindOpinion>> SecondCodingQueueAsync(Guid instanceId, string coder, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(coder);
        var opinions = (await ReadAsync(instanceId, cancellationToken).ConfigureAwait(false)).Opinions.ToDictionary(o => o.Id, StringComparer.Ordinal);
        var sample = await store.SampleAsync(instanceId, cancellationToken).ConfigureAwait(false);
        if (sample is null)
        {
            return [];
        }

        // Only this coder's own second codings: neither the primary coding nor another second coder's themes.
        var mine = (await store.CodingsAsync(instanceId, CodingRole.Second, cancellationToken).ConfigureAwait(false))
            .Where(c => string.Equals(c.Coder, coder, StringComparison.OrdinalIgnoreCase))
            .ToDictionary(c => c.OpinionId, StringComparer.Ordinal);
        return [.. sample.OpinionIds
            .Where(opinions.ContainsKey)
            .Select(id => opinions[id])
            .Select(o => new BlindOpinion(o.Id, o.StepId, o.Tool, o.Text, o.SourceLabel, mine.GetValueOrDefault(o.Id)?.ThemeIds))];
    }

    public async Task<BlindCoding> SecondCodeAsync(Guid instanceId, string opinionId, IReadOnlyList<string> themeIds, string coder, CancellationToken cancellationToken = default)
    {
        await RequireOpinionAsync(instanceId, opinionId, cancellationToken).ConfigureAwait(false);
        var coding = await store.CodeAsync(instanceId, opinionId, themeIds ?? [], CodingRole.Second, coder, cancellationToken).ConfigureAwait(false);
        return new BlindCoding(coding.OpinionId, coding.ThemeIds, coding.Coder, coding.CodedAt);
    }
}
