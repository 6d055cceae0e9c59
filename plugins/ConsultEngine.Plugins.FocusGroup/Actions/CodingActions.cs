using System.Text.Json;
using ConsultEngine.Abstractions;

namespace ConsultEngine.Plugins.FocusGroup.Actions;

/// <summary>The codebook and the Working Group's coding of passages.</summary>
internal static class CodingActions
{
    /// <summary>Adds a theme to the codebook, or changes its label and description.</summary>
    public static async ValueTask<JsonElement?> DefineThemeAsync(ToolContext context, JsonElement payload, CancellationToken cancellationToken)
    {
        var theme = FocusGroupJson.Read<Theme>(payload);
        FocusGroupJson.RequireId(theme.Id, "/id");
        await new FocusGroupStore(context).PutThemeAsync(theme, cancellationToken).ConfigureAwait(false);
        return FocusGroupJson.Write(new { theme = theme.Id });
    }

    public static async ValueTask<JsonElement?> RemoveThemeAsync(ToolContext context, JsonElement payload, CancellationToken cancellationToken)
    {
        var request = FocusGroupJson.Read<ThemeIdPayload>(payload);
        var store = new FocusGroupStore(context);
        if (!(await store.ThemesAsync(cancellationToken).ConfigureAwait(false)).Any(t => t.Id == request.Id))
        {
            throw NoTheme(context, request.Id, "/id");
        }

        var coded = (await Passages.StoredAsync(context, cancellationToken).ConfigureAwait(false)).Count(i => i.Themes.Contains(request.Id, StringComparer.Ordinal));
        if (coded > 0)
        {
            throw Refusal.Of(context, FocusGroupCodes.ThemeInUse, "/id",
                $"{coded} đoạn trích đã được mã hoá theo chủ đề '{request.Id}'.", $"{coded} passages are coded to the theme '{request.Id}'.");
        }

        await store.DeleteThemeAsync(request.Id, cancellationToken).ConfigureAwait(false);
        return FocusGroupJson.Write(new { removed = request.Id });
    }

    /// <summary>Sets the themes of a passage (replacing those it had); every theme must be in the codebook.</summary>
    public static async ValueTask<JsonElement?> CodeAsync(ToolContext context, JsonElement payload, CancellationToken cancellationToken)
    {
        var request = FocusGroupJson.Read<CodePayload>(payload);
        var store = new FocusGroupStore(context);
        var input = await RequireInputAsync(context, request.InputId, "/inputId", cancellationToken).ConfigureAwait(false);
        var codebook = (await store.ThemesAsync(cancellationToken).ConfigureAwait(false)).Select(t => t.Id).ToHashSet(StringComparer.Ordinal);
        var problems = request.Themes
            .Select((theme, i) => (theme, i))
            .Where(x => !codebook.Contains(x.theme))
            .Select(x => Refusal.Problem(context, FocusGroupCodes.ThemeNotFound, $"/themes/{x.i}",
                $"Bộ mã không có chủ đề '{x.theme}'.", $"The codebook has no theme '{x.theme}'."))
            .ToList();
        Refusal.ThrowIfAny(context, problems);

        IReadOnlyList<string> themes = [.. request.Themes.Distinct(StringComparer.Ordinal)];
        return await SaveAsync(context, store, input, input.Flags, themes, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Codes a passage blind, as the second coder of the agreement check: the themes are kept apart from the
    /// passage's own (which this action neither changes nor shows), and may be none (the second coder found no
    /// theme). The first coder of a passage cannot second-code it (CE9003): agreement with oneself shows nothing.
    /// </summary>
    public static async ValueTask<JsonElement?> SecondCodeAsync(ToolContext context, JsonElement payload, CancellationToken cancellationToken)
    {
        var request = FocusGroupJson.Read<CodePayload>(payload);
        var store = new FocusGroupStore(context);
        var input = await RequireInputAsync(context, request.InputId, "/inputId", cancellationToken).ConfigureAwait(false);
        var codebook = (await store.ThemesAsync(cancellationToken).ConfigureAwait(false)).Select(t => t.Id).ToHashSet(StringComparer.Ordinal);
        Refusal.ThrowIfAny(context, [.. request.Themes
            .Select((theme, i) => (theme, i))
            .Where(x => !codebook.Contains(x.theme))
            .Select(x => Refusal.Problem(context, FocusGroupCodes.ThemeNotFound, $"/themes/{x.i}",
                $"Bộ mã không có chủ đề '{x.theme}'.", $"The codebook has no theme '{x.theme}'."))]);
        if (await store.CodingAsync(input.Id, cancellationToken).ConfigureAwait(false) is { By: { } first }
            && string.Equals(first, context.Actor, StringComparison.OrdinalIgnoreCase))
        {
            throw Refusal.Of(context, ToolCodes.NotAllowed, "/inputId",
                "Người mã hoá thứ nhất không thể mã hoá lại đoạn trích này với tư cách người thứ hai.", "The first coder of this passage cannot code it again as the second coder.");
        }

        IReadOnlyList<string> themes = [.. request.Themes.Distinct(StringComparer.Ordinal)];
        await store.PutSecondCodingAsync(input.Id, new CodingNote(themes, context.Actor, context.Now), cancellationToken).ConfigureAwait(false);
        return FocusGroupJson.Write(new { inputId = input.Id, secondCoding = themes });
    }

    /// <summary>Removes the listed themes from a passage, or all of them when none is listed.</summary>
    public static async ValueTask<JsonElement?> UncodeAsync(ToolContext context, JsonElement payload, CancellationToken cancellationToken)
    {
        var request = FocusGroupJson.Read<UncodePayload>(payload);
        var store = new FocusGroupStore(context);
        var input = await RequireInputAsync(context, request.InputId, "/inputId", cancellationToken).ConfigureAwait(false);
        if (request.Themes is { } listed)
        {
            var codebook = (await store.ThemesAsync(cancellationToken).ConfigureAwait(false)).Select(t => t.Id).ToHashSet(StringComparer.Ordinal);
            var problems = listed.Select((theme, i) => (theme, i))
                .Where(x => !codebook.Contains(x.theme) && !input.Themes.Contains(x.theme, StringComparer.Ordinal))
                .Select(x => Refusal.Problem(context, FocusGroupCodes.ThemeNotFound, $"/themes/{x.i}",
                    $"Bộ mã không có chủ đề '{x.theme}'.", $"The codebook has no theme '{x.theme}'."))
                .ToList();
            Refusal.ThrowIfAny(context, problems);
        }

        IReadOnlyList<string> themes = request.Themes is { } remove ? [.. input.Themes.Where(t => !remove.Contains(t, StringComparer.Ordinal))] : [];
        return await SaveAsync(context, store, input, input.Flags, themes, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Marks a passage a duplicate (of another, optionally) or clears the mark; a duplicate stays stored and is left out of analysis.</summary>
    public static async ValueTask<JsonElement?> MarkDuplicateAsync(ToolContext context, JsonElement payload, CancellationToken cancellationToken)
    {
        var request = FocusGroupJson.Read<DuplicatePayload>(payload);
        var input = await RequireInputAsync(context, request.InputId, "/inputId", cancellationToken).ConfigureAwait(false);
        if (request.Of is { } of)
        {
            if (of == input.Id)
            {
                throw Refusal.Of(context, FocusGroupCodes.DuplicateOfItself, "/of",
                    "Một đoạn trích không thể trùng lặp với chính nó.", "A passage cannot be a duplicate of itself.");
            }

            await RequireInputAsync(context, of, "/of", cancellationToken).ConfigureAwait(false);
        }

        var duplicate = request.Duplicate ?? true;
        var flags = duplicate ? input.Flags | InputMarks.Duplicate : input.Flags & ~InputMarks.Duplicate;
        await context.Inputs.UpdateAsync(input.Id, flags, input.Themes, cancellationToken).ConfigureAwait(false);
        await new FocusGroupStore(context).PutDuplicateAsync(input.Id, request.Of, duplicate, cancellationToken).ConfigureAwait(false);
        return FocusGroupJson.Write(new { inputId = input.Id, duplicate, of = duplicate ? request.Of : null });
    }

    public static async ValueTask<JsonElement?> GetCodebookAsync(ToolContext context, CancellationToken cancellationToken)
    {
        var themes = await new FocusGroupStore(context).ThemesAsync(cancellationToken).ConfigureAwait(false);
        var counted = await context.Inputs.ReadAsync(InputQuery.Counted, cancellationToken).ConfigureAwait(false);
        return FocusGroupJson.Write(new
        {
            themes = themes.Select(t => new
            {
                t.Id,
                label = t.Label.ToLocal(),
                description = t.Description?.ToLocal(),
                passages = counted.Count(i => i.Themes.Contains(t.Id, StringComparer.Ordinal)),
            }),
        });
    }

    private static async ValueTask<JsonElement?> SaveAsync(ToolContext context, FocusGroupStore store, ConsultationInput input, InputMarks flags, IReadOnlyList<string> themes, CancellationToken cancellationToken)
    {
        await context.Inputs.UpdateAsync(input.Id, flags, themes, cancellationToken).ConfigureAwait(false);
        await store.PutCodingAsync(input.Id, new CodingNote(themes, context.Actor, context.Now), cancellationToken).ConfigureAwait(false);
        return FocusGroupJson.Write(new { inputId = input.Id, themes });
    }

    private static async ValueTask<ConsultationInput> RequireInputAsync(ToolContext context, Guid id, string path, CancellationToken cancellationToken) =>
        await context.Inputs.FindAsync(id, cancellationToken).ConfigureAwait(false)
            ?? throw Refusal.Of(context, ToolCodes.InputNotFound, path, $"Bước này không có ý kiến {id}.", $"This step has no input {id}.");

    private static ToolException NoTheme(ToolContext context, string id, string path) =>
        Refusal.Of(context, FocusGroupCodes.ThemeNotFound, path, $"Bộ mã không có chủ đề '{id}'.", $"The codebook has no theme '{id}'.");

    private sealed record ThemeIdPayload
    {
        public required string Id { get; init; }
    }

    private sealed record CodePayload
    {
        public required Guid InputId { get; init; }

        public required IReadOnlyList<string> Themes { get; init; }
    }

    private sealed record UncodePayload
    {
        public required Guid InputId { get; init; }

        public IReadOnlyList<string>? Themes { get; init; }
    }

    private sealed record DuplicatePayload
    {
        public required Guid InputId { get; init; }

        public Guid? Of { get; init; }

        public bool? Duplicate { get; init; }
    }
}
