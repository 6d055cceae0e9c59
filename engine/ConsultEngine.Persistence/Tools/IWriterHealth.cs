namespace ConsultEngine.Persistence.Tools;

/// <summary>The state of the ingestion writer, for a readiness check: a stopped or stalled writer makes the node not ready.</summary>
public interface IWriterHealth
{
    WriterHealth Check();
}

/// <summary>
/// Whether the writer takes submissions (<see cref="Healthy"/>; CE8065 in <see cref="Code"/> when not),
/// how full its queue is, when it last finished a batch, and the code (or exception type) of its last
/// failed batch until a batch commits again.
/// </summary>
public sealed record WriterHealth(bool Healthy, string? Code, int Queued, int Capacity, DateTimeOffset LastProgressAt, string? LastFailure);
