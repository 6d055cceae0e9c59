namespace ConsultEngine.Hosting.Cluster;

/// <summary>A node's cluster settings cannot be used; <see cref="Code"/> says why (<see cref="ClusterCodes"/>).</summary>
public sealed class ClusterException : ConsultEngineException
{
    internal ClusterException(string code, string message)
        : base(message)
    {
        Code = code;
    }

    public override string Code { get; }

    /// <summary>The setting refused, e.g. <c>ConsultEngine:Cluster:NodeId</c>.</summary>
    public string? Setting { get; init; }
}
