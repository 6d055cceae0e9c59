namespace ConsultEngine.Web.Designer;

/// <summary>Limits of the designer's uploads.</summary>
internal static class DesignerLimits
{
    /// <summary>An imported definition may be as large as a definition document may be (the validator's limit, 4 MiB).</summary>
    public const long MaxImportBytes = 4 * 1024 * 1024;
}
