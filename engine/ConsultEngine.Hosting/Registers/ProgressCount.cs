using ConsultEngine.Persistence.Registers;

namespace ConsultEngine.Hosting.Registers;

/// <summary>The progress of an explanation register: counts by kind, and completeness by every opinion or, above the rule's threshold, by its sample.</summary>
internal static class ProgressCount
{
    public static RegisterProgress Of(IReadOnlyList<RegisterEntry> entries, RegisterSampling sampling)
    {
        var dispositioned = entries.Where(e => e.Disposition is not null).ToList();
        var byKind = Enum.GetValues<DispositionKind>().ToDictionary(k => k, k => dispositioned.Count(e => e.Disposition!.Kind == k));
        if (!sampling.Applies(entries.Count))
        {
            return new RegisterProgress(entries.Count, dispositioned.Count, byKind, dispositioned.Count == entries.Count);
        }

        var sample = sampling.Sample(entries.Select(e => e.Opinion.Id));
        var sampled = dispositioned.Count(e => sample.Contains(e.Opinion.Id));
        return new RegisterProgress(entries.Count, dispositioned.Count, byKind, sampled == sample.Count)
        {
            Sample = new SampleProgress(sampling.Threshold, sample.Count, sampling.Seed, sampled),
        };
    }
}
