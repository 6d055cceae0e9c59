using ConsultEngine.Persistence.Storage;

namespace ConsultEngine.Hosting.Cluster;

/// <summary>The checked <see cref="ClusterOptions"/>: read when the engine's stores open at start, refused with a code.</summary>
internal sealed record ClusterSettings(string? NodeId, TimeSpan TimerClaimLease, TimeSpan OutboxClaimLease)
{
    private const int MinLeaseSeconds = 5;
    private const int MaxLeaseSeconds = 3600;

    public static ClusterSettings From(ClusterOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.NodeId is { } node
            && (string.IsNullOrWhiteSpace(node) || node.Length > RelationalInstanceStore.MaxNodeIdLength || node.Any(char.IsControl)))
        {
            throw new ClusterException(ClusterCodes.NodeIdInvalid,
                $"{ClusterOptions.SectionName}:{nameof(ClusterOptions.NodeId)} must be 1 to {RelationalInstanceStore.MaxNodeIdLength} printable characters, or unset.")
            {
                Setting = $"{ClusterOptions.SectionName}:{nameof(ClusterOptions.NodeId)}",
            };
        }

        return new ClusterSettings(
            options.NodeId?.Trim(),
            Lease(options.TimerClaimLeaseSeconds, nameof(ClusterOptions.TimerClaimLeaseSeconds)),
            Lease(options.OutboxClaimLeaseSeconds, nameof(ClusterOptions.OutboxClaimLeaseSeconds)));
    }

    private static TimeSpan Lease(int seconds, string name) => seconds is >= MinLeaseSeconds and <= MaxLeaseSeconds
        ? TimeSpan.FromSeconds(seconds)
        : throw new ClusterException(ClusterCodes.ClaimLeaseOutOfRange,
            $"{ClusterOptions.SectionName}:{name} must be between {MinLeaseSeconds} and {MaxLeaseSeconds} seconds (it is {seconds}).")
        {
            Setting = $"{ClusterOptions.SectionName}:{name}",
        };
}
