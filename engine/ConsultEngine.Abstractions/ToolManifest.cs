namespace ConsultEngine.Abstractions;

/// <summary>
/// What a tool plugin declares about itself. The host validates it when it loads the plugin: the id
/// is a lower-case name (<c>survey</c>, <c>public-hearing</c>), unique among the loaded plugins; the
/// SDK major equals the host's; the config schema is a JSON Schema (draft 2020-12) of an object.
/// Definitions refer to the tool as the step type <c>tool:&lt;id&gt;@&lt;StepTypeMajor&gt;</c>.
/// </summary>
public sealed record ToolManifest
{
    /// <summary>The tool's id, a lower-case name of letters, digits and hyphens.</summary>
    public required string Id { get; init; }

    /// <summary>The plugin's own version (semantic version: <c>1.2.0</c>).</summary>
    public required string Version { get; init; }

    public required LocalText Title { get; init; }

    public LocalText? Description { get; init; }

    /// <summary>
    /// The SDK the plugin was built for. Write <c>new SdkVersion(Sdk.Major, Sdk.Minor)</c>: the
    /// constants are compiled into the plugin.
    /// </summary>
    public required SdkVersion BuiltForSdk { get; init; }

    /// <summary>The major version of the step type; a change of config that breaks definitions raises it.</summary>
    public int StepTypeMajor { get; init; } = 1;

    /// <summary>The JSON Schema of the <c>config</c> of the tool's steps (JSON text, draft 2020-12).</summary>
    public required string ConfigSchema { get; init; }

    /// <summary>Config properties that hold ISO 8601 durations (checked as such by the validator).</summary>
    public IReadOnlyList<string> DurationConfigProperties { get; init; } = [];

    /// <summary>The channels the tool takes input from.</summary>
    public IReadOnlyList<InputChannel> Channels { get; init; } = [InputChannel.Web];

    /// <summary>The operations the tool offers besides collecting input (register, check in, code a passage...).</summary>
    public IReadOnlyList<ToolAction> Actions { get; init; } = [];

    /// <summary>The step type reference definitions use: <c>tool:survey@1</c>.</summary>
    public string StepType => $"tool:{Id}@{StepTypeMajor}";
}

/// <summary>Who may call a tool action.</summary>
public enum ToolAudience
{
    /// <summary>Staff of the consultation (console, API with a role).</summary>
    Staff,

    /// <summary>The public, without signing in (portal).</summary>
    Public,
}

/// <summary>
/// An operation of a tool other than collecting input, such as registering for a hearing or coding a
/// passage. The payload is JSON checked against <see cref="PayloadSchema"/> by the host before the
/// tool sees it.
/// </summary>
public sealed record ToolAction(string Name, LocalText Title, ToolAudience Audience, string PayloadSchema)
{
    /// <summary>Whether the action changes nothing (a read the console shows).</summary>
    public bool ReadOnly { get; init; }
}
