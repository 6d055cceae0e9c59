using System.Text.Json;
using ConsultEngine.Abstractions;

namespace ConsultEngine.Plugins.Loading.Tests.Support;

/// <summary>The records of one step in memory, versioned as a host's store versions them.</summary>
internal sealed class InMemoryToolRecords(TimeProvider clock) : IToolRecords
{
    private readonly SortedDictionary<(string Collection, string Key), ToolRecord> _records = [];

    public ValueTask<ToolRecord?> GetAsync(string collection, string key, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(_records.GetValueOrDefault((collection, key)));

    public ValueTask<IReadOnlyList<ToolRecord>> ListAsync(string collection, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult<IReadOnlyList<ToolRecord>>(_records.Values.Where(r => r.Collection == collection).ToList());

    public ValueTask<bool> TryInsertAsync(string collection, string key, JsonElement value, CancellationToken cancellationToken = default)
    {
        if (_records.ContainsKey((collection, key)))
        {
            return ValueTask.FromResult(false);
        }

        _records[(collection, key)] = new ToolRecord(collection, key, value.Clone(), 1, clock.GetUtcNow());
        return ValueTask.FromResult(true);
    }

    public ValueTask<long> PutAsync(string collection, string key, JsonElement value, long? expectedVersion = null, CancellationToken cancellationToken = default)
    {
        var current = _records.GetValueOrDefault((collection, key))?.Version ?? 0;
        if (expectedVersion is { } expected && expected != current)
        {
            throw new ToolException(ToolCodes.RecordConflict, $"The record {collection}/{key} is at version {current}, not {expected}.");
        }

        _records[(collection, key)] = new ToolRecord(collection, key, value.Clone(), current + 1, clock.GetUtcNow());
        return ValueTask.FromResult(current + 1);
    }

    public ValueTask<bool> DeleteAsync(string collection, string key, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(_records.Remove((collection, key)));
}
