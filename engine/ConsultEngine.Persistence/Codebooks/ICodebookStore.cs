namespace ConsultEngine.Persistence.Codebooks;

/// <summary>
/// Where a consultation's codebook is kept: its themes, the codings of opinions (append-only, by role,
/// the latest in force) and the sample drawn for the blind second coding. Each change is one write
/// transaction that checks the themes it names against what is stored at that moment; refusals are
/// <see cref="CodebookException"/>s with a <see cref="CodebookCodes"/> code. The store does not know
/// the consultation's opinions: the caller checks those.
/// </summary>
public interface ICodebookStore
{
    /// <summary>The codebook's themes, ordered by id.</summary>
    Task<IReadOnlyList<CodebookTheme>> ThemesAsync(Guid instanceId, CancellationToken cancellationToken = default);

    /// <summary>Adds a theme (CE8752 when the id is taken, CE8756 when the parent does not exist).</summary>
    Task<CodebookTheme> AddThemeAsync(Guid instanceId, CodebookTheme theme, string actor, CancellationToken cancellationToken = default);

    /// <summary>Changes a theme's label, description or parent (CE8751 when there is none, CE8756 for a parent that is missing or below it).</summary>
    Task<CodebookTheme> UpdateThemeAsync(Guid instanceId, CodebookTheme theme, string actor, CancellationToken cancellationToken = default);

    /// <summary>Adds the themes the codebook does not have yet (by id), leaving those it has as they are; returns the ones added.</summary>
    Task<IReadOnlyList<CodebookTheme>> ImportThemesAsync(Guid instanceId, IReadOnlyList<CodebookTheme> themes, string actor, CancellationToken cancellationToken = default);

    /// <summary>Removes a theme nothing uses (CE8754 when a coding in force carries it or a theme sits under it).</summary>
    Task DeleteThemeAsync(Guid instanceId, string id, CancellationToken cancellationToken = default);

    /// <summary>
    /// Records a coding of an opinion: every theme must be in the codebook (CE8751); the primary and the second
    /// coder of an opinion are different people (CE8755); a second coding is of an opinion of the sample (CE8758).
    /// </summary>
    Task<Coding> CodeAsync(Guid instanceId, string opinionId, IReadOnlyList<string> themeIds, CodingRole role, string coder, CancellationToken cancellationToken = default);

    /// <summary>The coding in force of each opinion coded in <paramref name="role"/>, ordered by opinion id.</summary>
    Task<IReadOnlyList<Coding>> CodingsAsync(Guid instanceId, CodingRole role, CancellationToken cancellationToken = default);

    /// <summary>Every coding of one opinion in both roles, oldest first.</summary>
    Task<IReadOnlyList<Coding>> CodingHistoryAsync(Guid instanceId, string opinionId, CancellationToken cancellationToken = default);

    /// <summary>The sample drawn for second coding; null when none was drawn.</summary>
    Task<CodingSample?> SampleAsync(Guid instanceId, CancellationToken cancellationToken = default);

    /// <summary>Replaces the sample (CE8750 when it names no opinion); second codings already recorded are kept.</summary>
    Task<CodingSample> ReplaceSampleAsync(Guid instanceId, IReadOnlyList<string> opinionIds, int seed, string actor, CancellationToken cancellationToken = default);
}
