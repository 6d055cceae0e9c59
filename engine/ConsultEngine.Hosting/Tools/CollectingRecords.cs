using System.Text.Json;
using ConsultEngine.Abstractions;

namespace ConsultEngine.Hosting.Tools;

/// <summary>
/// The step's records as a tool sees them while it collects a submission: a record it reads (its state,
/// its questionnaire) is kept by <see cref="ToolStepCache"/> as the step's lifecycle is (until this host
/// changes the instance's tool steps, and at most a second), instead of being read and parsed on every
/// submission. Every write goes to the store and marks the kept records stale at once.
/// </summary>
internal sealed class CollectingRecords(ResolvedToolStep step, ToolStepCache cache, ToolStepChanges changes) : IToolRecords
{
    public async ValueTask<ToolRecord?> GetAsync(string collection, string key, CancellationToken cancellationToken = default) =>
        await cache.RecordAsync(step, collection, key, cancellationToken).ConfigureAwait(false);

    public ValueTask<IReadOnlyList<ToolRecord>> ListAsync(string collection, CancellationToken cancellationToken = default) =>
        step.Records.ListAsync(collection, cancellationToken);

    public async ValueTask<bool> TryInsertAsync(string collection, string key, JsonElement value, CancellationToken cancellationToken = default)
    {
        try
        {
            return await step.Records.TryInsertAsync(collection, key, value, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            changes.Changed(step.InstanceId);
        }
    }

    public async ValueTask<long> PutAsync(string collection, string key, JsonElement value, long? expectedVersion = null, CancellationToken cancellationToken = default)
    {
        try
        {
            return await step.Records.PutAsync(collection, key, value, expectedVersion, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            changes.Changed(step.InstanceId);
        }
    }

    public async ValueTask<bool> DeleteAsync(string collection, string key, CancellationToken cancellationToken = default)
    {
        try
        {
            return await step.Records.DeleteAsync(collection, key, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            changes.Changed(step.InstanceId);
        }
    }
}
