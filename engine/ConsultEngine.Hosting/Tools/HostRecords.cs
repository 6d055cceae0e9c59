using System.Text.Json;
using ConsultEngine.Abstractions;

namespace ConsultEngine.Hosting.Tools;

/// <summary>A tool's view of its step's records: the host's reserved collections (starting with <c>_</c>) are out of its reach.</summary>
internal sealed class HostRecords(IToolRecords inner) : IToolRecords
{
    public ValueTask<ToolRecord?> GetAsync(string collection, string key, CancellationToken cancellationToken = default) =>
        inner.GetAsync(Checked(collection), key, cancellationToken);

    public ValueTask<IReadOnlyList<ToolRecord>> ListAsync(string collection, CancellationToken cancellationToken = default) =>
        inner.ListAsync(Checked(collection), cancellationToken);

    public ValueTask<bool> TryInsertAsync(string collection, string key, JsonElement value, CancellationToken cancellationToken = default) =>
        inner.TryInsertAsync(Checked(collection), key, value, cancellationToken);

    public ValueTask<long> PutAsync(string collection, string key, JsonElement value, long? expectedVersion = null, CancellationToken cancellationToken = default) =>
        inner.PutAsync(Checked(collection), key, value, expectedVersion, cancellationToken);

    public ValueTask<bool> DeleteAsync(string collection, string key, CancellationToken cancellationToken = default) =>
        inner.DeleteAsync(Checked(collection), key, cancellationToken);

    private static string Checked(string collection)
    {
        ArgumentException.ThrowIfNullOrEmpty(collection);
        return collection.StartsWith('_')
            ? throw new ArgumentException($"The collection '{collection}' is reserved for the host: tool collections must not start with '_'.", nameof(collection))
            : collection;
    }
}
