using ConsultEngine.Persistence.Codebooks;

namespace ConsultEngine.Hosting.Codebooks;

/// <summary>
/// Draws the second-coding sample: the candidates in ordinal order, shuffled by Fisher–Yates with a seeded
/// <see cref="Random"/> (whose sequence for a given seed is fixed across runs and platforms), then the first
/// n — so a sample can be drawn again and checked.
/// </summary>
internal static class CodebookSampling
{
    public static IReadOnlyList<string> Draw(IEnumerable<string> candidates, SampleRequest request, Guid instanceId)
    {
        ArgumentNullException.ThrowIfNull(request);
        var pool = candidates.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var size = Size(request, pool.Length, instanceId);
        var random = new Random(request.Seed);
        for (var i = pool.Length - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (pool[i], pool[j]) = (pool[j], pool[i]);
        }

        return pool[..size];
    }

    private static int Size(SampleRequest request, int available, Guid instanceId)
    {
        if (request.Share.HasValue == request.Count.HasValue)
        {
            throw new CodebookException(CodebookCodes.RequestInvalid, "Give either a share or a count of the coded opinions to sample.", instanceId);
        }

        if (request.Share is { } share && (double.IsNaN(share) || share is <= 0 or > 1))
        {
            throw new CodebookException(CodebookCodes.RequestInvalid, "The share is above 0 and at most 1.", instanceId);
        }

        if (request.Count is <= 0)
        {
            throw new CodebookException(CodebookCodes.RequestInvalid, "The count is at least 1.", instanceId);
        }

        if (available == 0)
        {
            throw new CodebookException(CodebookCodes.RequestInvalid, "No opinion has a primary coding to sample.", instanceId);
        }

        var size = request.Count ?? (int)Math.Ceiling(request.Share!.Value * available);
        return Math.Min(size, available);
    }
}
