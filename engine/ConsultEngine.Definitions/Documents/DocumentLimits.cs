namespace ConsultEngine.Definitions;

/// <summary>Bounds on untrusted definition documents, so a hostile file gets a coded error instead of a hang.</summary>
public static class DocumentLimits
{
    /// <summary>The largest document read: the standard definition is well under 100 KiB.</summary>
    public const long MaxDocumentBytes = 4 * 1024 * 1024;

    /// <summary>The deepest nesting of objects and arrays accepted.</summary>
    public const int MaxNesting = 64;
}
