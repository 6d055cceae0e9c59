using System.Text.Json;

namespace ConsultEngine.Definitions.Model.Patches;

/// <summary>Inserts a step into the phase of its anchor, just <see cref="Before"/> or just <see cref="After"/> it.</summary>
public sealed record AddStepPatch : OverlayPatch
{
    public override string Op => "add-step";

    public StepDefinition? Step { get; init; }

    public string? Before { get; init; }

    public string? After { get; init; }
}

/// <summary>Removes a step; steps that waited for it wait for what it waited for instead.</summary>
public sealed record RemoveStepPatch : OverlayPatch
{
    public override string Op => "remove-step";

    public string Step { get; init; } = string.Empty;
}

/// <summary>Replaces fields of a step: each property of <see cref="Set"/> replaces the field of that name; <c>null</c> clears it.</summary>
public sealed record UpdateStepPatch : OverlayPatch
{
    public override string Op => "update-step";

    public string Step { get; init; } = string.Empty;

    public JsonElement Set { get; init; }
}

/// <summary>Changes a step's configuration with a JSON merge patch (RFC 7396).</summary>
public sealed record SetConfigPatch : OverlayPatch
{
    public override string Op => "set-config";

    public string Step { get; init; } = string.Empty;

    public JsonElement Config { get; init; }
}
