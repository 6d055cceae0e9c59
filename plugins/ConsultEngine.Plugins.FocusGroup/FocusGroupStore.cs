using ConsultEngine.Abstractions;

namespace ConsultEngine.Plugins.FocusGroup;

/// <summary>
/// The tool's records of one step: groups (with their rosters), the guide, the codebook, coding notes
/// and whether the step is closed. Every write of a read record names the version it read, so two
/// staff editing the same group at once cannot silently overwrite each other (CE9105).
/// </summary>
internal sealed class FocusGroupStore(ToolContext context)
{
    private const string Groups = "groups";
    private const string GuideCollection = "guide";
    private const string Themes = "themes";
    private const string Coding = "coding";
    private const string SecondCoding = "second-coding";
    private const string Duplicates = "duplicates";
    private const string State = "state";
    private const string Current = "current";
    private const string Closed = "closed";

    private readonly IToolRecords _records = context.Records;

    public async ValueTask<IReadOnlyList<Group>> GroupsAsync(CancellationToken cancellationToken) =>
        (await _records.ListAsync(Groups, cancellationToken).ConfigureAwait(false)).Select(r => FocusGroupJson.ReadRecord<Group>(r.Value)).ToList();

    /// <summary>The group and its record's version; (null, 0) when there is none.</summary>
    public async ValueTask<(Group? Group, long Version)> GroupAsync(string id, CancellationToken cancellationToken)
    {
        var record = await _records.GetAsync(Groups, id, cancellationToken).ConfigureAwait(false);
        return record is null ? (null, 0) : (FocusGroupJson.ReadRecord<Group>(record.Value), record.Version);
    }

    /// <summary>The group, or a refusal naming <paramref name="path"/>.</summary>
    public async ValueTask<(Group Group, long Version)> RequireGroupAsync(string id, string path, CancellationToken cancellationToken)
    {
        var (group, version) = await GroupAsync(id, cancellationToken).ConfigureAwait(false);
        return group is null
            ? throw Refusal.Of(context, FocusGroupCodes.GroupNotFound, path, $"Không có nhóm '{id}'.", $"There is no group '{id}'.")
            : (group, version);
    }

    public async ValueTask PutGroupAsync(Group group, long expectedVersion, CancellationToken cancellationToken) =>
        await _records.PutAsync(Groups, group.Id, FocusGroupJson.Write(group), expectedVersion, cancellationToken).ConfigureAwait(false);

    public async ValueTask<bool> DeleteGroupAsync(string id, CancellationToken cancellationToken) =>
        await _records.DeleteAsync(Groups, id, cancellationToken).ConfigureAwait(false);

    public async ValueTask<(Guide Guide, long Version)> GuideAsync(CancellationToken cancellationToken)
    {
        var record = await _records.GetAsync(GuideCollection, Current, cancellationToken).ConfigureAwait(false);
        return record is null ? (new Guide(), 0) : (FocusGroupJson.ReadRecord<Guide>(record.Value), record.Version);
    }

    public async ValueTask PutGuideAsync(Guide guide, long expectedVersion, CancellationToken cancellationToken) =>
        await _records.PutAsync(GuideCollection, Current, FocusGroupJson.Write(guide), expectedVersion, cancellationToken).ConfigureAwait(false);

    public async ValueTask<IReadOnlyList<Theme>> ThemesAsync(CancellationToken cancellationToken) =>
        (await _records.ListAsync(Themes, cancellationToken).ConfigureAwait(false)).Select(r => FocusGroupJson.ReadRecord<Theme>(r.Value)).ToList();

    public async ValueTask PutThemeAsync(Theme theme, CancellationToken cancellationToken) =>
        await _records.PutAsync(Themes, theme.Id, FocusGroupJson.Write(theme), null, cancellationToken).ConfigureAwait(false);

    public async ValueTask<bool> DeleteThemeAsync(string id, CancellationToken cancellationToken) =>
        await _records.DeleteAsync(Themes, id, cancellationToken).ConfigureAwait(false);

    public async ValueTask PutCodingAsync(Guid inputId, CodingNote note, CancellationToken cancellationToken) =>
        await _records.PutAsync(Coding, inputId.ToString("D"), FocusGroupJson.Write(note), null, cancellationToken).ConfigureAwait(false);

    /// <summary>Every passage's coding note (the coder of its current themes), by input id.</summary>
    public async ValueTask<IReadOnlyDictionary<string, CodingNote>> CodingsAsync(CancellationToken cancellationToken) =>
        await NotesAsync(Coding, cancellationToken).ConfigureAwait(false);

    /// <summary>The coding note of one passage, if it was ever coded.</summary>
    public async ValueTask<CodingNote?> CodingAsync(Guid inputId, CancellationToken cancellationToken) =>
        await _records.GetAsync(Coding, inputId.ToString("D"), cancellationToken).ConfigureAwait(false) is { } record
            ? FocusGroupJson.ReadRecord<CodingNote>(record.Value)
            : null;

    /// <summary>
    /// The blind second coding of a passage, kept apart from the passage's themes (collection
    /// <c>second-coding</c>, key: the input id): it feeds the agreement between coders and nothing else.
    /// </summary>
    public async ValueTask PutSecondCodingAsync(Guid inputId, CodingNote note, CancellationToken cancellationToken) =>
        await _records.PutAsync(SecondCoding, inputId.ToString("D"), FocusGroupJson.Write(note), null, cancellationToken).ConfigureAwait(false);

    public async ValueTask<IReadOnlyDictionary<string, CodingNote>> SecondCodingsAsync(CancellationToken cancellationToken) =>
        await NotesAsync(SecondCoding, cancellationToken).ConfigureAwait(false);

    /// <summary>Who marked a passage a duplicate, of which passage, and when; cleared with the mark.</summary>
    public async ValueTask PutDuplicateAsync(Guid inputId, Guid? of, bool duplicate, CancellationToken cancellationToken)
    {
        var key = inputId.ToString("D");
        if (duplicate)
        {
            await _records.PutAsync(Duplicates, key, FocusGroupJson.Write(new { of, by = context.Actor, at = context.Now }), null, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await _records.DeleteAsync(Duplicates, key, cancellationToken).ConfigureAwait(false);
        }
    }

    private async ValueTask<IReadOnlyDictionary<string, CodingNote>> NotesAsync(string collection, CancellationToken cancellationToken) =>
        (await _records.ListAsync(collection, cancellationToken).ConfigureAwait(false))
            .ToDictionary(r => r.Key, r => FocusGroupJson.ReadRecord<CodingNote>(r.Value), StringComparer.OrdinalIgnoreCase);

    public async ValueTask<bool> IsClosedAsync(CancellationToken cancellationToken) =>
        await _records.GetAsync(State, Closed, cancellationToken).ConfigureAwait(false) is not null;

    public async ValueTask MarkClosedAsync(CancellationToken cancellationToken) =>
        await _records.TryInsertAsync(State, Closed, FocusGroupJson.Write(new { at = context.Now }), cancellationToken).ConfigureAwait(false);
}
