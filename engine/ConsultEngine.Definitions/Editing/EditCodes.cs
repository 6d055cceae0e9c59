using ConsultEngine.Definitions.Diagnostics;

namespace ConsultEngine.Definitions.Editing;

/// <summary>
/// Why the designer's edit commands refuse an edit (CE35xx). When the refused edit would give a
/// definition the validator rejects for a reason it already names (a cycle, an <c>after</c> on a
/// route-only step...), the command refuses it with the validator's own code instead.
/// </summary>
public static class EditCodes
{
    private const DiagnosticSeverity E = DiagnosticSeverity.Error;

    public static readonly DiagnosticDescriptor UnknownStep = new("CE3501", E, "The edit names a step that does not exist.");
    public static readonly DiagnosticDescriptor UnknownPhase = new("CE3502", E, "The edit names a phase that does not exist.");
    public static readonly DiagnosticDescriptor InvalidStepId = new("CE3503", E, "A step id must be lower-case kebab-case, like pilot-test.");
    public static readonly DiagnosticDescriptor StepIdTaken = new("CE3504", E, "Another step already has that id.");
    public static readonly DiagnosticDescriptor PositionOutOfRange = new("CE3505", E, "The position is outside the phase's list of steps.");
    public static readonly DiagnosticDescriptor AlreadyConnected = new("CE3506", E, "The two steps are already connected that way.");
    public static readonly DiagnosticDescriptor NotConnected = new("CE3507", E, "The two steps are not connected that way.");
    public static readonly DiagnosticDescriptor FieldNotEditable = new("CE3508", E, "The path does not name an editable field of a step.");
    public static readonly DiagnosticDescriptor InvalidFieldValue = new("CE3509", E, "The value is not valid JSON of the field's type.");
    public static readonly DiagnosticDescriptor OutcomeRoutesElsewhere = new("CE3510", E, "The outcome already routes to another step.");
    public static readonly DiagnosticDescriptor InvalidOutcomeId = new("CE3511", E, "An outcome id must be lower-case kebab-case.");
    public static readonly DiagnosticDescriptor InvalidRuleName = new("CE3512", E, "A rule name must be a JavaScript identifier.");
    public static readonly DiagnosticDescriptor UnknownRule = new("CE3513", E, "The edit names a rule that does not exist.");

    /// <summary>Every descriptor, in code order.</summary>
    public static IReadOnlyList<DiagnosticDescriptor> All { get; } =
        [UnknownStep, UnknownPhase, InvalidStepId, StepIdTaken, PositionOutOfRange, AlreadyConnected, NotConnected,
         FieldNotEditable, InvalidFieldValue, OutcomeRoutesElsewhere, InvalidOutcomeId, InvalidRuleName, UnknownRule];
}
