using ConsultEngine.Abstractions;

namespace ConsultEngine.Runtime.Tools;

/// <summary>
/// Where the engine keeps what tools collect: the inputs of the shared model and each tool's own
/// records. A host hands a tool the views scoped to one instance and step; a tool never sees this
/// interface. Implementations: in memory (tests, simulations) and relational (SQLite, where inputs
/// arrive through a group-commit writer).
/// </summary>
public interface IToolDataStore
{
    /// <summary>The inputs of one step of one instance.</summary>
    IToolInputs Inputs(Guid instanceId, string stepId);

    /// <summary>The tool records of one step of one instance.</summary>
    IToolRecords Records(Guid instanceId, string stepId);
}
