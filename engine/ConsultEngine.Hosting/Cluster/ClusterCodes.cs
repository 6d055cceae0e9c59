namespace ConsultEngine.Hosting.Cluster;

/// <summary>Codes of a node's settings on a database several nodes share: its name and its claim leases (CE8460–CE8469).</summary>
public static class ClusterCodes
{
    /// <summary>
    /// <c>ConsultEngine:Cluster:NodeId</c> is set but blank, longer than the claim column holds (100 characters),
    /// or holds control characters.
    /// </summary>
    public const string NodeIdInvalid = "CE8460";

    /// <summary>A claim lease (<c>TimerClaimLeaseSeconds</c>, <c>OutboxClaimLeaseSeconds</c>) is not between 5 seconds and 1 hour.</summary>
    public const string ClaimLeaseOutOfRange = "CE8461";
}
