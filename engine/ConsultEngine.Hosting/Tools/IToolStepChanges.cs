namespace ConsultEngine.Hosting.Tools;

/// <summary>
/// What a cache of tool steps checks before it trusts an entry: a number per instance that moves
/// whenever this host changed something about one of its tool steps that the engine's own revision
/// does not count (a step opened or closing, a tool's set-up changed by an action). The engine's
/// advances are counted by the instance's revision; together they say an entry is still current.
/// </summary>
public interface IToolStepChanges
{
    /// <summary>The instance's change number; a cached view of one of its tool steps read at another number is stale.</summary>
    long Version(Guid instanceId);
}
