using System.Security.Cryptography;
using System.Text;

namespace ConsultEngine.Hosting.Registers;

/// <summary>
/// The documented sampling rule for very large consultations. Up to <see cref="Threshold"/> opinions,
/// the explanation register is complete only when every opinion has a disposition. Above it, the
/// register is complete when every opinion of a fixed random sample of <see cref="SampleSize"/> has
/// one (and each disposition of a group covers its members). The sample is the
/// <see cref="SampleSize"/> opinions with the smallest SHA-256 of <c>"{Seed}:{opinion id}"</c>: it is
/// the same on every machine and for every reader, does not depend on the order opinions are listed
/// in, and an opinion added later changes it only if it falls among the smallest hashes. The default,
/// 400 of more than 2,000, estimates any share of dispositions within ±5 points at 95 % confidence.
/// </summary>
public sealed record RegisterSampling(int Threshold, int SampleSize, int Seed)
{
    public static RegisterSampling Default { get; } = new(2000, 400, 2025);

    /// <summary>No sampling: every opinion needs its disposition.</summary>
    public static RegisterSampling None { get; } = new(int.MaxValue, int.MaxValue, 0);

    public bool Applies(int opinions) => opinions > Threshold;

    /// <summary>The sampled opinion ids among <paramref name="opinionIds"/>.</summary>
    public IReadOnlySet<string> Sample(IEnumerable<string> opinionIds)
    {
        ArgumentNullException.ThrowIfNull(opinionIds);
        return opinionIds
            .Select(id => (Id: id, Rank: Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes($"{Seed}:{id}")))))
            .OrderBy(x => x.Rank, StringComparer.Ordinal)
            .Take(SampleSize)
            .Select(x => x.Id)
            .ToHashSet(StringComparer.Ordinal);
    }
}
