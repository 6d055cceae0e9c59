using ConsultEngine.Definitions.Diagnostics;

namespace ConsultEngine.Definitions.Editing;

/// <summary>Why an edit was refused: a stable code (CE35xx, or the validator's code for the same fault) and the step it concerns.</summary>
public sealed record EditError(string Code, string Message, string? StepId = null)
{
    internal static EditError Of(DiagnosticDescriptor descriptor, string message, string? stepId = null) => new(descriptor.Code, message, stepId);

    public override string ToString() => $"{Code}: {Message}";
}
