namespace ConsultEngine.Definitions.Editing;

/// <summary>The two ways the designer connects steps.</summary>
public enum ConnectionKind
{
    /// <summary>The target waits for the source: the source joins the target's <c>after</c>.</summary>
    Dependency,

    /// <summary>An outcome of the source routes to the target (<c>goto</c>).</summary>
    Route,
}
