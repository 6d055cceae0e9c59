using System.Text.RegularExpressions;
using ConsultEngine.Abstractions;

namespace ConsultEngine.Persistence.Codebooks;

/// <summary>The shape of themes and theme ids, and the parent rule (no theme under itself).</summary>
internal static partial class CodebookRules
{
    /// <summary>The theme trimmed, with an English label defaulting to the Vietnamese (CE8750 for an empty label or an id of the wrong shape).</summary>
    public static CodebookTheme Theme(CodebookTheme theme, Guid instanceId)
    {
        ArgumentNullException.ThrowIfNull(theme);
        var id = ThemeId(theme.Id, instanceId);
        var vi = theme.Label?.Vi?.Trim();
        if (string.IsNullOrEmpty(vi))
        {
            throw new CodebookException(CodebookCodes.RequestInvalid, $"The theme '{id}' has no label.", instanceId, id);
        }

        var en = string.IsNullOrWhiteSpace(theme.Label!.En) ? vi : theme.Label.En.Trim();
        var description = string.IsNullOrWhiteSpace(theme.Description?.Vi)
            ? null
            : new LocalText(theme.Description.Vi.Trim(), string.IsNullOrWhiteSpace(theme.Description.En) ? theme.Description.Vi.Trim() : theme.Description.En.Trim());
        var parent = string.IsNullOrWhiteSpace(theme.ParentId) ? null : theme.ParentId.Trim();
        return theme with { Id = id, Label = new LocalText(vi, en), Description = description, ParentId = parent };
    }

    public static string ThemeId(string? id, Guid instanceId) =>
        id is not null && Shape().IsMatch(id)
            ? id
            : throw new CodebookException(CodebookCodes.RequestInvalid, $"'{id}' is not a theme id: a letter or digit, then letters, digits, '.', '_' or '-', at most 64.", instanceId, id);

    /// <summary>The parent exists and the chain of parents from <paramref name="theme"/> never comes back to it (CE8756).</summary>
    public static void CheckParent(CodebookTheme theme, IReadOnlyDictionary<string, string?> parents, Guid instanceId)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { theme.Id };
        for (var parent = theme.ParentId; parent is not null; parent = parents[parent])
        {
            if (!parents.ContainsKey(parent))
            {
                throw new CodebookException(CodebookCodes.ParentInvalid, $"The codebook has no theme '{parent}' to put '{theme.Id}' under.", instanceId, theme.Id);
            }

            if (!seen.Add(parent))
            {
                throw new CodebookException(CodebookCodes.ParentInvalid, $"'{theme.Id}' would sit under itself.", instanceId, theme.Id);
            }
        }
    }

    [GeneratedRegex(@"^[\p{L}\p{N}][\p{L}\p{N}._-]{0,63}$")]
    private static partial Regex Shape();
}
