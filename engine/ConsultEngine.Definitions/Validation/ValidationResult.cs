using ConsultEngine.Definitions.Diagnostics;
using ConsultEngine.Definitions.Model;

namespace ConsultEngine.Definitions.Validation;

/// <summary>What validating one document found: every diagnostic, and the model when it could be read.</summary>
public sealed record ValidationResult(string? File, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>The definition, when the document is one (possibly with problems).</summary>
    public ProcessDefinition? Definition { get; init; }

    /// <summary>The overlay, when the document is one.</summary>
    public ProcessOverlay? Overlay { get; init; }

    /// <summary>The definition an overlay resolves to, when it resolved.</summary>
    public ProcessDefinition? Resolved { get; init; }

    public bool IsValid => !Diagnostics.Any(d => d.IsError);

    /// <summary>The plain definition that would run: the definition itself, or the resolved overlay.</summary>
    public ProcessDefinition? Runnable => IsValid ? Definition ?? Resolved : null;
}
