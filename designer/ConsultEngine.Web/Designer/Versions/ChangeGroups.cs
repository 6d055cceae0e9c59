using System.Globalization;
using ConsultEngine.Definitions.Diff;
using ConsultEngine.Definitions.Model;

namespace ConsultEngine.Web.Designer.Versions;

/// <summary>The changes of one element (a step, a phase, a rule...) with where to find it.</summary>
/// <param name="Area">What kind of element.</param>
/// <param name="Id">The element's id (null for the definition's own fields).</param>
/// <param name="Title">The element's title in the version it is shown from, when it has one.</param>
/// <param name="OpenVersion">Which of the two sides shows the element (the newer one, the older for something removed).</param>
public sealed record ElementChanges(ChangeArea Area, string? Id, LocalizedText? Title, ChangeSide OpenVersion, IReadOnlyList<DefinitionChange> Changes)
{
    /// <summary>The element as a whole was added or removed (its changes are that one line).</summary>
    public ChangeKind? Whole => Changes.Count == 1 && Changes[0].Field is null && Changes[0].Kind is ChangeKind.Added or ChangeKind.Removed ? Changes[0].Kind : null;
}

/// <summary>Which version of a comparison an element is read from.</summary>
public enum ChangeSide
{
    Older,
    Newer,
}

/// <summary>The changes inside one phase: the phase's own fields, then its steps in document order.</summary>
public sealed record PhaseChanges(string PhaseId, LocalizedText? Title, ElementChanges? Phase, IReadOnlyList<ElementChanges> Steps);

/// <summary>A comparison made readable: definition-level changes by area, then phases with their steps.</summary>
public sealed record GroupedChanges(IReadOnlyList<ElementChanges> General, IReadOnlyList<PhaseChanges> Phases)
{
    public int Count => General.Sum(e => e.Changes.Count) + Phases.Sum(p => (p.Phase?.Changes.Count ?? 0) + p.Steps.Sum(s => s.Changes.Count));

    /// <summary>
    /// Groups <paramref name="changes"/> (as <see cref="DefinitionDiff"/> orders them) by element, and the
    /// phase and step ones by the phase they are in: the newer version's phase, the older's for a removal.
    /// The definitions are used for titles and to place a step by its JSON Pointer; either may be null
    /// (a draft that does not read), then the ids stand alone.
    /// </summary>
    public static GroupedChanges Of(IReadOnlyList<DefinitionChange> changes, ProcessDefinition? older, ProcessDefinition? newer)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var general = changes.Where(c => c.Area is not ChangeArea.Phase and not ChangeArea.Step)
            .GroupBy(c => (c.Area, c.Id))
            .Select(g => new ElementChanges(g.Key.Area, g.Key.Id, null, Side(g), [.. g]))
            .ToList();

        var phases = new List<(string Id, LocalizedText? Title, List<DefinitionChange> Own, List<DefinitionChange> Steps)>();
        (string Id, LocalizedText? Title, List<DefinitionChange> Own, List<DefinitionChange> Steps) PhaseEntry(string id, LocalizedText? title)
        {
            var found = phases.FindIndex(p => p.Id == id);
            if (found >= 0)
            {
                return phases[found];
            }

            var entry = (id, title, new List<DefinitionChange>(), new List<DefinitionChange>());
            phases.Add(entry);
            return entry;
        }

        foreach (var change in changes.Where(c => c.Area is ChangeArea.Phase or ChangeArea.Step))
        {
            var side = change.Kind == ChangeKind.Removed ? older : newer;
            var phase = PhaseAt(side, change.Path);
            if (change.Area == ChangeArea.Phase)
            {
                PhaseEntry(change.Id ?? phase?.Id ?? "?", phase?.Title).Own.Add(change);
            }
            else
            {
                PhaseEntry(phase?.Id ?? "?", phase?.Title).Steps.Add(change);
            }
        }

        return new GroupedChanges(general, [.. phases.Select(p => new PhaseChanges(
            p.Id,
            p.Title,
            p.Own.Count == 0 ? null : new ElementChanges(ChangeArea.Phase, p.Id, p.Title, Side(p.Own), p.Own),
            [.. p.Steps.GroupBy(c => c.Id ?? "?", StringComparer.Ordinal)
                .Select(g => new ElementChanges(ChangeArea.Step, g.Key, StepTitle(Side(g) == ChangeSide.Older ? older : newer, g.Key), Side(g), [.. g]))]))]);
    }

    private static ChangeSide Side(IEnumerable<DefinitionChange> changes) =>
        changes.All(c => c.Kind == ChangeKind.Removed && c.Field is null) ? ChangeSide.Older : ChangeSide.Newer;

    /// <summary>The phase a pointer <c>/phases/{i}/...</c> is in.</summary>
    private static PhaseDefinition? PhaseAt(ProcessDefinition? definition, string path)
    {
        var parts = path.Split('/');
        return definition is not null && parts.Length > 2 && parts[1] == "phases"
            && int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < definition.Phases.Count
            ? definition.Phases[index]
            : null;
    }

    private static LocalizedText? StepTitle(ProcessDefinition? definition, string id) =>
        definition?.AllSteps().FirstOrDefault(s => s.Id == id)?.Title;
}
