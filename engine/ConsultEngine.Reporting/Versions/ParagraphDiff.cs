namespace ConsultEngine.Reporting.Versions;

/// <summary>
/// A line diff of two lists of paragraphs (longest common subsequence). Between two kept paragraphs,
/// removed and added ones are paired in order as rewritten paragraphs; what is left over is removed or
/// added. Sections hold tens of paragraphs, so the quadratic table is small.
/// </summary>
internal static class ParagraphDiff
{
    public static (IReadOnlyList<string> Added, IReadOnlyList<string> Removed, IReadOnlyList<ParagraphChange> Changed) Compare(IReadOnlyList<string> old, IReadOnlyList<string> @new)
    {
        var lengths = new int[old.Count + 1, @new.Count + 1];
        for (var i = old.Count - 1; i >= 0; i--)
        {
            for (var j = @new.Count - 1; j >= 0; j--)
            {
                lengths[i, j] = string.Equals(old[i], @new[j], StringComparison.Ordinal) ? lengths[i + 1, j + 1] + 1 : Math.Max(lengths[i + 1, j], lengths[i, j + 1]);
            }
        }

        var added = new List<string>();
        var removed = new List<string>();
        var changed = new List<ParagraphChange>();
        var hunkRemoved = new List<string>();
        var hunkAdded = new List<string>();
        int a = 0, b = 0;
        while (a < old.Count || b < @new.Count)
        {
            if (a < old.Count && b < @new.Count && string.Equals(old[a], @new[b], StringComparison.Ordinal))
            {
                Flush(hunkRemoved, hunkAdded, added, removed, changed);
                a++;
                b++;
            }
            else if (b < @new.Count && (a == old.Count || lengths[a, b + 1] >= lengths[a + 1, b]))
            {
                hunkAdded.Add(@new[b++]);
            }
            else
            {
                hunkRemoved.Add(old[a++]);
            }
        }

        Flush(hunkRemoved, hunkAdded, added, removed, changed);
        return (added, removed, changed);
    }

    private static void Flush(List<string> hunkRemoved, List<string> hunkAdded, List<string> added, List<string> removed, List<ParagraphChange> changed)
    {
        var paired = Math.Min(hunkRemoved.Count, hunkAdded.Count);
        for (var i = 0; i < paired; i++)
        {
            changed.Add(new ParagraphChange(hunkRemoved[i], hunkAdded[i]));
        }

        removed.AddRange(hunkRemoved.Skip(paired));
        added.AddRange(hunkAdded.Skip(paired));
        hunkRemoved.Clear();
        hunkAdded.Clear();
    }
}
