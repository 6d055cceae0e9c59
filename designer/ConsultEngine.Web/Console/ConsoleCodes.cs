namespace ConsultEngine.Web.StaffConsole;

/// <summary>
/// The console's error codes (CE9940–CE9949, the console's block of the web product's CE99xx), carried
/// by its problem details next to the engine's own codes.
/// </summary>
public static class ConsoleCodes
{
    /// <summary>The tool step is not assigned to the user's organisation (403).</summary>
    [FailsAs(FailureKind.Forbidden)]
    public const string NotAssigned = "CE9940";

    /// <summary>The step's role is not one of the user's roles (403).</summary>
    [FailsAs(FailureKind.Forbidden)]
    public const string RoleMismatch = "CE9941";

    /// <summary>The request body is missing or malformed (400): JSON that cannot be read, a required field missing.</summary>
    [FailsAs(FailureKind.Malformed)]
    public const string BadRequest = "CE9942";

    /// <summary>The step named is not a tool step of the instance's definition (404).</summary>
    [FailsAs(FailureKind.NotFound)]
    public const string NotAToolStep = "CE9943";

    /// <summary>No published version of the definition to start on (404).</summary>
    [FailsAs(FailureKind.NotFound)]
    public const string NoPublishedVersion = "CE9944";

    /// <summary>A contracted organisation's user without an organisation (403): nothing can be assigned to it.</summary>
    [FailsAs(FailureKind.Forbidden)]
    public const string NoOrganisation = "CE9945";

    /// <summary>A tool step is completed by closing it through its tool, not as a task (409).</summary>
    [FailsAs(FailureKind.Conflict)]
    public const string CloseThroughTool = "CE9946";
}
