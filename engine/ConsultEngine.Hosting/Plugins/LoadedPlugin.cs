using ConsultEngine.Abstractions;
using ConsultEngine.Definitions.StepTypes;

namespace ConsultEngine.Hosting.Plugins;

/// <summary>A tool the host loaded: what its manifest says, where it came from, and the tool itself.</summary>
public sealed record LoadedPlugin
{
    public required string Id { get; init; }

    /// <summary>The plugin's own version (semantic version).</summary>
    public required string Version { get; init; }

    public required LocalText Title { get; init; }

    /// <summary>The step type definitions name: <c>tool:&lt;id&gt;@&lt;major&gt;</c>.</summary>
    public string StepType => StepTypeDescriptor.Reference;

    /// <summary>The plugin's folder name, or <c>(in-process)</c> for a tool the host added itself.</summary>
    public required string Folder { get; init; }

    /// <summary>The full path of the assembly the tool came from (empty for a dynamic assembly).</summary>
    public required string AssemblyPath { get; init; }

    /// <summary>The SDK version the manifest says the plugin was built for.</summary>
    public required SdkVersion BuiltForSdk { get; init; }

    public required IConsultationTool Tool { get; init; }

    /// <summary>What the validator and the runtime know of the tool's steps.</summary>
    public required StepTypeDescriptor StepTypeDescriptor { get; init; }

    public ToolManifest Manifest => Tool.Manifest;
}

/// <summary>A plugin the host did not load: its folder, the refusal code (CE9001–CE9008) and why.</summary>
public sealed record RefusedPlugin(string Folder, string Code, string Message)
{
    /// <summary>The plugin assembly's full path, when there was one.</summary>
    public string? AssemblyPath { get; init; }

    /// <summary>The tool's id, when the refusal came after its manifest was read.</summary>
    public string? ToolId { get; init; }

    public override string ToString() => $"{Folder}: {Code}: {Message}";
}
