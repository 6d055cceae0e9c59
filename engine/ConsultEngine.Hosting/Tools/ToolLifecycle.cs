using System.Text.Json;
using ConsultEngine.Abstractions;

namespace ConsultEngine.Hosting.Tools;

/// <summary>
/// What the host remembers of a tool step, in a tool record of the reserved collection
/// <see cref="Collection"/>: the iteration it was opened for (a loop back runs the step again as a
/// new iteration, which opens afresh), when intake stopped and when the tool closed it.
/// </summary>
internal sealed record ToolLifecycle(int Iteration, DateTimeOffset OpenedAt, string? OpenedBy)
{
    /// <summary>The host's collection; tools may not use collections starting with an underscore.</summary>
    public const string Collection = "_lifecycle";

    private const string Key = "step";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>When intake stopped (a close began); submissions are refused from then on.</summary>
    public DateTimeOffset? ClosingAt { get; init; }

    /// <summary>When the tool's own close finished.</summary>
    public DateTimeOffset? ClosedAt { get; init; }

    public string? ClosedBy { get; init; }

    /// <summary>The record version read, for the next optimistic write (not stored).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public long Version { get; init; }

    public static async Task<ToolLifecycle?> ReadAsync(IToolRecords records, CancellationToken cancellationToken)
    {
        var record = await records.GetAsync(Collection, Key, cancellationToken).ConfigureAwait(false);
        return record is null ? null : record.Value.Deserialize<ToolLifecycle>(Json)! with { Version = record.Version };
    }

    /// <summary>Writes the record if nobody wrote it since it was read (CE9105 otherwise); returns it with its new version.</summary>
    public async Task<ToolLifecycle> WriteAsync(IToolRecords records, long expectedVersion, CancellationToken cancellationToken)
    {
        var version = await records.PutAsync(Collection, Key, JsonSerializer.SerializeToElement(this, Json), expectedVersion, cancellationToken).ConfigureAwait(false);
        return this with { Version = version };
    }
}
