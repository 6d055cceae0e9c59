using ConsultEngine.Definitions.Model;

namespace ConsultEngine.Web.Portal;

/// <summary>
/// What the portal's results page shows once the Standing Committee approved publication: who took
/// part, the headline findings, what was done with what people said, and the explanation register.
/// Nothing here names a citizen or quotes an identifier.
/// </summary>
public sealed record PublicResults(OpenConsultation Consultation, PublicParticipation Participation)
{
    public IReadOnlyList<PublicFinding> Findings { get; init; } = [];

    /// <summary>"You said, we did": each commitment with its current status.</summary>
    public IReadOnlyList<PublicCommitment> Commitments { get; init; } = [];

    /// <summary>The explanation register, citizens anonymised.</summary>
    public IReadOnlyList<PublicRegisterLine> Register { get; init; } = [];
}

/// <summary>People and opinions counted apart: one person who votes and comments is one person and two opinions.</summary>
public sealed record PublicParticipation(int People, int Opinions, IReadOnlyList<PublicParticipationRow> ByTool);

/// <summary>One tool step's share of the participation.</summary>
public sealed record PublicParticipationRow(string StepId, LocalizedText Title, int People, int Opinions);

/// <summary>One question's result: each option's share with its 95% interval.</summary>
public sealed record PublicFinding(string StepId, LocalizedText StepTitle, string QuestionId, string Question, int Answered, IReadOnlyList<PublicShare> Options);

/// <summary>An option's count and share (0–1) with the share's 95% interval.</summary>
public sealed record PublicShare(string Label, int Count, double Share, double Low, double High);

/// <summary>A commitment: what people said, what the Council decided to do, and where that stands now.</summary>
public sealed record PublicCommitment(string Id, string YouSaid, string WeDid, string Status, string? Resolution);

/// <summary>One line of the explanation register (STT | opinion | who gave it, anonymised | disposition and explanation).</summary>
public sealed record PublicRegisterLine(int Number, string Opinion, string Source, string Disposition, string? Explanation);
