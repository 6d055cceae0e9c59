using ConsultEngine.Definitions.Diagnostics;
using ConsultEngine.Web.Codes;
using ConsultEngine.Web.StaffConsole;

namespace ConsultEngine.Web.Designer;

/// <summary>
/// One reason a file was not imported, as the designer lists it: the code, what it means in the reader's
/// language (<see cref="Text"/>), where in the file the parser or the validator found it (1-based
/// <see cref="Line"/> and <see cref="Column"/>, 0 when unknown; <see cref="Path"/> the JSON Pointer of the value,
/// empty for the whole document) and the engine's own, more specific English words (<see cref="Detail"/>).
/// Public only because the page component that lists it is.
/// </summary>
public sealed record ImportProblem(string Code, string Text, int Line, int Column, string Path, string Detail)
{
    public bool HasPosition => Line > 0;
}

/// <summary>
/// Turns an import's refusal into the problems the designer lists. A broken file used to be reported by its
/// codes alone ("CE8509, CE0002"), which says neither what nor where: the list keeps every coded problem
/// with its text and position, in the order the library gave them (its own code first).
/// </summary>
internal static class ImportProblems
{
    public static IReadOnlyList<ImportProblem> Describe(ICodeText codes, IEnumerable<Diagnostic> problems)
    {
        ArgumentNullException.ThrowIfNull(codes);
        ArgumentNullException.ThrowIfNull(problems);
        return [.. problems.Distinct().Select(p => new ImportProblem(p.Code, codes.Text(p.Code), p.Line, p.Column, p.Path, p.Message))];
    }

    /// <summary>A province's refusal of a definition it does not own (CE8400), before the library is asked.</summary>
    public static IReadOnlyList<ImportProblem> Describe(ICodeText codes, ConsoleException refused)
    {
        ArgumentNullException.ThrowIfNull(refused);
        return Describe(codes, [new Diagnostic(refused.Code, DiagnosticSeverity.Error, refused.Message, refused.JsonPointer ?? string.Empty, 0, 0)]);
    }
}
