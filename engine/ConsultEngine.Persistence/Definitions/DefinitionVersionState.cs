namespace ConsultEngine.Persistence.Definitions;

/// <summary>Where a stored definition version is in its life.</summary>
public enum DefinitionVersionState
{
    /// <summary>The one editable copy of a definition id; it has no version number until it is published.</summary>
    Draft,

    /// <summary>Immutable; new instances may start on it.</summary>
    Published,

    /// <summary>Immutable; instances already running on it go on, new ones may not start on it.</summary>
    Retired,
}

/// <summary>Whether a stored document is a plain definition or a province's overlay of one.</summary>
public enum DefinitionKind
{
    Definition,
    Overlay,
}
