namespace ConsultEngine.Abstractions;

/// <summary>
/// A failure a tool reports on purpose, with a stable code (see <see cref="ToolCodes"/> and each
/// plugin's own catalogue) and where it happened. Tests assert on <see cref="Code"/>, never on the
/// message. Its <see cref="ConsultEngineException.Kind"/> is the one its code's catalogue declares
/// (<see cref="FailsAsAttribute"/>): a plugin marks its own codes, the host answers them by kind.
/// </summary>
public class ToolException : ConsultEngineException
{
    public ToolException()
        : this(ToolCodes.ToolFault, "A consultation tool failed.")
    {
    }

    public ToolException(string message)
        : this(ToolCodes.ToolFault, message)
    {
    }

    public ToolException(string message, Exception innerException)
        : this(ToolCodes.ToolFault, message, [], innerException)
    {
    }

    public ToolException(string code, string message, IReadOnlyList<ToolProblem>? problems = null, Exception? innerException = null)
        : base(message, innerException)
    {
        Code = code;
        Problems = problems ?? [];
    }

    /// <summary>The stable code (<c>CE9xxx</c>).</summary>
    public override string Code { get; }

    /// <summary>The problems behind the failure, each with its own code and place, when there are several.</summary>
    public IReadOnlyList<ToolProblem> Problems { get; }

    public string? ToolId { get; init; }

    public Guid? InstanceId { get; init; }

    public string? StepId { get; init; }
}

/// <summary>
/// The codes of plugin loading and of the tool contract (CE9000–CE9199). Each plugin keeps its own
/// catalogue in the range the SDK reserves for it: survey CE92xx, online poll CE93xx, public hearing
/// CE94xx, focus group CE95xx, XLSForm import CE96xx, other plugins CE97xx–CE98xx.
/// </summary>
public static class ToolCodes
{
    // Loading (reported by the host, with the plugin skipped).

    /// <summary>The plugin assembly, or one of its dependencies, could not be loaded.</summary>
    public const string PluginLoadFailed = "CE9001";

    /// <summary>A dependency of the plugin is missing from its folder.</summary>
    public const string PluginDependencyMissing = "CE9002";

    /// <summary>The plugin was built for another major version of the SDK.</summary>
    public const string PluginSdkMismatch = "CE9003";

    /// <summary>Another loaded plugin already has this tool id.</summary>
    public const string PluginDuplicateId = "CE9004";

    /// <summary>The manifest is incomplete or malformed (id, version, titles).</summary>
    public const string PluginManifestInvalid = "CE9005";

    /// <summary>The manifest's config schema (or an action's payload schema) is not a valid JSON Schema of an object.</summary>
    public const string PluginConfigSchemaInvalid = "CE9006";

    /// <summary>The assembly contains no tool (no public class implementing the tool contract).</summary>
    public const string PluginHasNoTool = "CE9007";

    /// <summary>The tool could not be created (its constructor failed or needs a service the host lacks).</summary>
    public const string PluginActivationFailed = "CE9008";

    // The tool contract (reported to the caller of a tool).

    /// <summary>No loaded tool serves this step's type.</summary>
    [FailsAs(FailureKind.Unavailable)]
    public const string ToolNotLoaded = "CE9101";

    /// <summary>The step does not collect now (not started, closed, or not a tool step).</summary>
    [FailsAs(FailureKind.Conflict)]
    public const string StepNotCollecting = "CE9102";

    /// <summary>The unique key of the input is taken (the person already took part).</summary>
    [FailsAs(FailureKind.Conflict)]
    public const string AlreadySubmitted = "CE9103";

    /// <summary>The input is not one of this step's.</summary>
    [FailsAs(FailureKind.NotFound)]
    public const string InputNotFound = "CE9104";

    /// <summary>A tool record changed meanwhile (optimistic concurrency).</summary>
    [FailsAs(FailureKind.Conflict)]
    public const string RecordConflict = "CE9105";

    /// <summary>A tool's script failed to parse or run.</summary>
    public const string ScriptFailed = "CE9106";

    /// <summary>The action is not one of the tool's.</summary>
    [FailsAs(FailureKind.NotFound)]
    public const string UnknownAction = "CE9107";

    /// <summary>The payload or submission does not match its schema.</summary>
    public const string PayloadInvalid = "CE9108";

    /// <summary>The caller may not do this (role, audience, contracted organisation).</summary>
    [FailsAs(FailureKind.Forbidden)]
    public const string NotAllowed = "CE9109";

    /// <summary>The tool failed in a way it did not report with its own code (a plugin fault).</summary>
    [FailsAs(FailureKind.Fault)]
    public const string ToolFault = "CE9110";

    /// <summary>The step's config is not what the tool needs at run time (beyond the schema).</summary>
    public const string ConfigInvalid = "CE9111";

    /// <summary>The form is not one of the tool's (or the tool describes no forms).</summary>
    [FailsAs(FailureKind.NotFound)]
    public const string UnknownForm = "CE9112";
}
