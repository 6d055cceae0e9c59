using ConsultEngine.Persistence.Codebooks;

namespace ConsultEngine.Hosting.Codebooks;

/// <summary>
/// The codebook of a consultation, shared by every qualitative source (hearing opinions, focus-group
/// passages, draft comments, survey free text — the register's opinions, by their ids): its themes,
/// the primary coding of opinions, a blind second coding of a sample, and what comes out of them —
/// each theme's opinions by source with quotes, and the agreement between the coders (Cohen's kappa
/// per theme and pooled, with the Landis–Koch reading, and the disagreements to settle).
/// <para>
/// The primary coding of an opinion in force is the latest one recorded here; an opinion never coded
/// here keeps the coding its tool gave it (focus-group passages coded in the step), restricted to the
/// codebook's themes and attributed to the step (<c>step:&lt;id&gt;</c>). The blind rule: nothing a
/// second coder reads (<see cref="SecondCodingQueueAsync"/>, <see cref="SecondCodeAsync"/>) carries a
/// primary coding or another coder's themes. Refusals are <c>CodebookException</c>s (CE875x).
/// </para>
/// </summary>
public interface IConsultationCodebook
{
    /// <summary>The codebook's themes, ordered by id (CE8757 for an unknown consultation).</summary>
    Task<IReadOnlyList<CodebookTheme>> CodebookAsync(Guid instanceId, CancellationToken cancellationToken = default);

    Task<CodebookTheme> AddThemeAsync(Guid instanceId, CodebookTheme theme, string actor, CancellationToken cancellationToken = default);

    Task<CodebookTheme> UpdateThemeAsync(Guid instanceId, CodebookTheme theme, string actor, CancellationToken cancellationToken = default);

    Task DeleteThemeAsync(Guid instanceId, string themeId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Seeds the codebook from the tools' own themes: each tool step's codebook as its analysis lists it (the
    /// options of its <c>themes</c> multiple-choice question) and every theme its inputs were coded to. Themes
    /// the codebook has are left as they are; returns those added.
    /// </summary>
    Task<IReadOnlyList<CodebookTheme>> ImportToolThemesAsync(Guid instanceId, string actor, CancellationToken cancellationToken = default);

    /// <summary>Every opinion with its primary coding in force (for the primary coder).</summary>
    Task<IReadOnlyList<CodableOpinion>> OpinionsAsync(Guid instanceId, CancellationToken cancellationToken = default);

    /// <summary>Codes an opinion as the primary coder (CE8753 for an opinion the consultation does not have, CE8751 for a theme the codebook does not have).</summary>
    Task<Coding> CodeAsync(Guid instanceId, string opinionId, IReadOnlyList<string> themeIds, string coder, CancellationToken cancellationToken = default);

    /// <summary>
    /// Draws the sample for the blind second coding among the opinions with a primary coding: a share or a count
    /// of them, by a seeded shuffle of their ids in ordinal order, so the same seed over the same opinions draws
    /// the same sample. Replaces an earlier sample.
    /// </summary>
    Task<CodingSample> DrawSampleAsync(Guid instanceId, SampleRequest request, string actor, CancellationToken cancellationToken = default);

    /// <summary>The sample as the second coder <paramref name="coder"/> sees it: each opinion's text and source, and that coder's own second coding, nothing else.</summary>
    Task<IReadOnlyList<BlindOpinion>> SecondCodingQueueAsync(Guid instanceId, string coder, CancellationToken cancellationToken = default);

    /// <summary>Records a blind second coding of an opinion of the sample (CE8758 outside it, CE8755 by its primary coder); returns that coding only.</summary>
    Task<BlindCoding> SecondCodeAsync(Guid instanceId, string opinionId, IReadOnlyList<string> themeIds, string coder, CancellationToken cancellationToken = default);

    /// <summary>Per theme of the codebook: its opinions by source (tool step), and a few quotes.</summary>
    Task<CodebookThemeTable> ThemesAsync(Guid instanceId, int quotesPerTheme = 3, CancellationToken cancellationToken = default);

    /// <summary>The agreement of the second coding with the primary one over the sample, and each tool's own double coding beside it.</summary>
    Task<CodebookAgreement> AgreementAsync(Guid instanceId, CancellationToken cancellationToken = default);
}
