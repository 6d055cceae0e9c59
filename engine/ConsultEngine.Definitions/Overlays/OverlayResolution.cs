using ConsultEngine.Definitions.Diagnostics;
using ConsultEngine.Definitions.Model;

namespace ConsultEngine.Definitions.Overlays;

/// <summary>
/// The result of applying an overlay: the plain definition it resolves to (when every patch
/// applied) and, otherwise, one diagnostic per patch that does not apply, at <c>/patches/N</c>.
/// </summary>
public sealed record OverlayResolution(ProcessDefinition? Definition, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool Succeeded => Definition is not null && !Diagnostics.Any(d => d.IsError);

    /// <summary>For each step an overlay added or changed, the index of the last patch that touched it.</summary>
    public IReadOnlyDictionary<string, int> StepProvenance { get; init; } = new Dictionary<string, int>();

    /// <summary>For each rule an overlay added or replaced, the index of the last patch that set it.</summary>
    public IReadOnlyDictionary<string, int> RuleProvenance { get; init; } = new Dictionary<string, int>();
}
