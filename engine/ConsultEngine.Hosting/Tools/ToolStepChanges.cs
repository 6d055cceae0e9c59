using System.Collections.Concurrent;

namespace ConsultEngine.Hosting.Tools;

/// <summary>
/// The change numbers of <see cref="IToolStepChanges"/>, moved by <see cref="ToolSteps"/> after each write
/// that changes what a step accepts. One entry per instance that ever changed (a few per consultation).
/// </summary>
internal sealed class ToolStepChanges : IToolStepChanges
{
    private readonly ConcurrentDictionary<Guid, long> _versions = new();

    public long Version(Guid instanceId) => _versions.TryGetValue(instanceId, out var version) ? version : 0;

    /// <summary>Marks every cached view of the instance's tool steps stale.</summary>
    public void Changed(Guid instanceId) => _versions.AddOrUpdate(instanceId, 1, static (_, version) => version + 1);
}
