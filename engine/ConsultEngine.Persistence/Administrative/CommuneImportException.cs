namespace ConsultEngine.Persistence.Administrative;

/// <summary>One problem of a commune list: its code, the 1-based line of the file it is on (0 for the file as a whole), and what is wrong.</summary>
public sealed record CommuneProblem(string Code, int Line, string Message);

/// <summary>
/// A refused commune list. Every problem of the file is reported at once; <see cref="Code"/> is the
/// first one's (one of <see cref="AdministrativeCodes"/>). Nothing was stored.
/// </summary>
public sealed class CommuneImportException : ConsultEngineException
{
    public CommuneImportException(IReadOnlyList<CommuneProblem> problems, string? provinceCode = null)
        : base(Describe(problems))
    {
        ArgumentOutOfRangeException.ThrowIfZero(problems.Count);
        Problems = problems;
        ProvinceCode = provinceCode;
    }

    public CommuneImportException(string code, string message, string? provinceCode = null)
        : this([new CommuneProblem(code, 0, message)], provinceCode)
    {
    }

    public override string Code => Problems[0].Code;

    public IReadOnlyList<CommuneProblem> Problems { get; }

    public string? ProvinceCode { get; }

    private static string Describe(IReadOnlyList<CommuneProblem> problems) =>
        string.Join("; ", problems.Take(5).Select(p => p.Line > 0 ? $"line {p.Line}: {p.Message}" : p.Message)) +
        (problems.Count > 5 ? $"; and {problems.Count - 5} more" : string.Empty);
}
