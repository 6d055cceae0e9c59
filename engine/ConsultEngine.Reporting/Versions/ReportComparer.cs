using System.Globalization;

namespace ConsultEngine.Reporting.Versions;

/// <summary>
/// Compares two versions' outlines and data bases. Sections are matched by id (the report structure's
/// section id), tables within a section by title (then by their order among tables of that title), rows
/// by their first cell and columns by header: so a figure that moved is reported as "row, column: old →
/// new", which is what a reviewer checks.
/// </summary>
internal static class ReportComparer
{
    public static ReportComparison Compare(int from, int to, string kind, ReportOutline old, ReportOutline @new, ReportDataBasis oldBasis, ReportDataBasis newBasis)
    {
        var oldSections = Keyed(old.Sections, s => s.Id);
        var newSections = Keyed(@new.Sections, s => s.Id);
        var sections = new List<SectionChange>();
        foreach (var (key, section) in newSections)
        {
            sections.Add(oldSections.TryGetValue(key, out var before) ? Section(before, section) : Whole(section, ChangeKind.Added));
        }

        sections.AddRange(oldSections.Where(o => !newSections.ContainsKey(o.Key)).Select(o => Whole(o.Value, ChangeKind.Removed)));
        return new ReportComparison(from, to, kind, sections, Basis(oldBasis, newBasis));
    }

    private static SectionChange Section(OutlineSection old, OutlineSection @new)
    {
        var (added, removed, changed) = ParagraphDiff.Compare(old.Paragraphs, @new.Paragraphs);
        var tables = Tables(old.Tables, @new.Tables);
        var any = added.Count + removed.Count + changed.Count > 0 || tables.Count > 0 || !string.Equals(old.Heading, @new.Heading, StringComparison.Ordinal);
        return new SectionChange(@new.Id, @new.Number, @new.Heading, any ? ChangeKind.Changed : ChangeKind.Unchanged)
        {
            AddedParagraphs = added,
            RemovedParagraphs = removed,
            ChangedParagraphs = changed,
            Tables = tables,
        };
    }

    private static SectionChange Whole(OutlineSection section, ChangeKind change) => new(section.Id, section.Number, section.Heading, change)
    {
        AddedParagraphs = change == ChangeKind.Added ? section.Paragraphs : [],
        RemovedParagraphs = change == ChangeKind.Removed ? section.Paragraphs : [],
        Tables = [.. section.Tables.Select(t => new TableChange(t.Title, change, []))],
    };

    private static List<TableChange> Tables(IReadOnlyList<OutlineTable> old, IReadOnlyList<OutlineTable> @new)
    {
        var before = Keyed(old, t => t.Title);
        var after = Keyed(@new, t => t.Title);
        var changes = new List<TableChange>();
        foreach (var (key, table) in after)
        {
            if (!before.TryGetValue(key, out var earlier))
            {
                changes.Add(new TableChange(table.Title, ChangeKind.Added, []));
            }
            else if (Figures(earlier, table) is { Count: > 0 } figures)
            {
                changes.Add(new TableChange(table.Title, ChangeKind.Changed, figures));
            }
        }

        changes.AddRange(before.Where(b => !after.ContainsKey(b.Key)).Select(b => new TableChange(b.Value.Title, ChangeKind.Removed, [])));
        return changes;
    }

    private static List<FigureChange> Figures(OutlineTable old, OutlineTable @new)
    {
        var before = Keyed(old.Rows, r => r.Count > 0 ? r[0] : string.Empty);
        var after = Keyed(@new.Rows, r => r.Count > 0 ? r[0] : string.Empty);
        var figures = new List<FigureChange>();
        foreach (var (key, row) in after)
        {
            var label = row.Count > 0 ? row[0] : string.Empty;
            if (!before.TryGetValue(key, out var earlier))
            {
                figures.Add(new FigureChange(label, string.Empty, null, string.Join(" | ", row.Skip(1))));
                continue;
            }

            for (var column = 1; column < Math.Max(row.Count, earlier.Count); column++)
            {
                var was = column < earlier.Count ? earlier[column] : null;
                var now = column < row.Count ? row[column] : null;
                if (!string.Equals(was, now, StringComparison.Ordinal))
                {
                    figures.Add(new FigureChange(label, column < @new.Headers.Count ? @new.Headers[column] : Column(column), was, now));
                }
            }
        }

        figures.AddRange(before.Where(b => !after.ContainsKey(b.Key)).Select(b => new FigureChange(b.Value.Count > 0 ? b.Value[0] : string.Empty, string.Empty, string.Join(" | ", b.Value.Skip(1)), null)));
        return figures;
    }

    private static List<BasisChange> Basis(ReportDataBasis old, ReportDataBasis @new)
    {
        var changes = new List<BasisChange>();
        void Add(string item, string? was, string? now)
        {
            if (!string.Equals(was, now, StringComparison.Ordinal))
            {
                changes.Add(new BasisChange(item, was, now));
            }
        }

        Add("definitionVersion", Text(old.DefinitionVersion), Text(@new.DefinitionVersion));
        Add("people", Text(old.People), Text(@new.People));
        Add("opinions", Text(old.Opinions), Text(@new.Opinions));
        Add("inputsStored", Text(old.InputsStored), Text(@new.InputsStored));
        var oldSteps = old.Steps.ToDictionary(s => s.StepId, StringComparer.Ordinal);
        var newSteps = @new.Steps.ToDictionary(s => s.StepId, StringComparer.Ordinal);
        foreach (var id in oldSteps.Keys.Union(newSteps.Keys, StringComparer.Ordinal))
        {
            Add($"steps/{id}/people", Text(oldSteps.GetValueOrDefault(id)?.People), Text(newSteps.GetValueOrDefault(id)?.People));
            Add($"steps/{id}/opinions", Text(oldSteps.GetValueOrDefault(id)?.Opinions), Text(newSteps.GetValueOrDefault(id)?.Opinions));
        }

        Add("dispositions/opinions", Text(old.Dispositions?.Opinions), Text(@new.Dispositions?.Opinions));
        Add("dispositions/dispositioned", Text(old.Dispositions?.Dispositioned), Text(@new.Dispositions?.Dispositioned));

        // Always listed: the analysis time says how far apart the two readings of the data are.
        changes.Add(new BasisChange("analysedAt", old.AnalysedAt.ToString("O", CultureInfo.InvariantCulture), @new.AnalysedAt.ToString("O", CultureInfo.InvariantCulture)));
        return changes;
    }

    private static string? Text(int? value) => value?.ToString(CultureInfo.InvariantCulture);

    private static string Column(int index) => "#" + (index + 1).ToString(CultureInfo.InvariantCulture);

    /// <summary>Items by key in their order; a repeated key gets its occurrence appended (<c>key#2</c>) so each item is matched once.</summary>
    private static Dictionary<string, T> Keyed<T>(IEnumerable<T> items, Func<T, string> key)
    {
        var keyed = new Dictionary<string, T>(StringComparer.Ordinal);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            var k = key(item);
            var n = seen[k] = seen.GetValueOrDefault(k) + 1;
            keyed[n == 1 ? k : $"{k}#{n.ToString(CultureInfo.InvariantCulture)}"] = item;
        }

        return keyed;
    }
}
