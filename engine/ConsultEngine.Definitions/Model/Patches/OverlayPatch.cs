using System.Text.Json.Serialization;
using ConsultEngine.Definitions.Serialization;

namespace ConsultEngine.Definitions.Model.Patches;

/// <summary>One change an overlay makes to the definition it extends. The JSON property <c>op</c> names the kind.</summary>
[JsonConverter(typeof(OverlayPatchConverter))]
public abstract record OverlayPatch
{
    /// <summary>The value of <c>op</c> for this kind of patch.</summary>
    public abstract string Op { get; }

    /// <summary>Why the province makes this change; shown in the designer's "what this province changed".</summary>
    public string? Reason { get; init; }
}

/// <summary>A patch whose <c>op</c> is missing or unknown; kept so the other patches keep their positions. The schema check reports it.</summary>
public sealed record UnrecognizedPatch : OverlayPatch
{
    public override string Op => string.Empty;
}
