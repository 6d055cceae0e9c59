namespace ConsultEngine.Runtime;

/// <summary>
/// Implemented by a definition catalog that knows which versions may no longer start new instances
/// (retired ones). The catalog still serves them, because the instances already running on a
/// retired version go on; only <see cref="ProcessEngine.StartAsync"/> asks this.
/// </summary>
public interface IDefinitionStartPolicy
{
    /// <summary>Whether new instances of <paramref name="definitionId"/>@<paramref name="version"/> are refused.</summary>
    bool IsRetired(string definitionId, int version);
}
