namespace ConsultEngine.Testing.Folders;

/// <summary>
/// What changed between a golden journal and a new run, line by line: the longest common
/// subsequence of the two texts' lines, printed as hunks of <c>-</c> (only in the golden file),
/// <c>+</c> (only in the run) and a little unchanged context, each hunk headed by its line numbers.
/// </summary>
public static class GoldenDiff
{
    /// <summary>The diff as lines; empty when the texts are equal. Stops after <paramref name="maxLines"/> lines, saying how many changes were left out.</summary>
    public static IReadOnlyList<string> Lines(string golden, string run, int context = 2, int maxLines = 60)
    {
        ArgumentNullException.ThrowIfNull(golden);
        ArgumentNullException.ThrowIfNull(run);
        var a = Split(golden);
        var b = Split(run);
        var edits = Edits(a, b);
        if (edits.All(e => e.Kind == ' '))
        {
            return [];
        }

        var output = new List<string>();
        var changed = edits.Select((e, i) => (e, i)).Where(x => x.e.Kind != ' ').Select(x => x.i).ToList();
        var i = 0;
        var shownChanges = 0;
        while (i < changed.Count)
        {
            var start = Math.Max(0, changed[i] - context);
            var end = changed[i];
            while (i < changed.Count && changed[i] <= end + (2 * context) + 1)
            {
                end = changed[i];
                i++;
            }

            end = Math.Min(edits.Count - 1, end + context);
            var first = edits[start];
            output.Add($"@@ golden line {first.Golden + 1}, run line {first.Run + 1}");
            for (var k = start; k <= end; k++)
            {
                output.Add($"{edits[k].Kind} {edits[k].Text}");
                shownChanges += edits[k].Kind == ' ' ? 0 : 1;
            }

            if (output.Count >= maxLines && i < changed.Count)
            {
                output.Add($"… and {changed.Count - shownChanges} more changed line(s)");
                break;
            }
        }

        return output;
    }

    private readonly record struct Edit(char Kind, string Text, int Golden, int Run);

    private static string[] Split(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n').Split('\n');

    /// <summary>The edit script from the LCS table (the journals are hundreds of lines: the quadratic table is small).</summary>
    private static List<Edit> Edits(string[] a, string[] b)
    {
        var lcs = new int[a.Length + 1, b.Length + 1];
        for (var x = a.Length - 1; x >= 0; x--)
        {
            for (var y = b.Length - 1; y >= 0; y--)
            {
                lcs[x, y] = string.Equals(a[x], b[y], StringComparison.Ordinal) ? lcs[x + 1, y + 1] + 1 : Math.Max(lcs[x + 1, y], lcs[x, y + 1]);
            }
        }

        var edits = new List<Edit>();
        int p = 0, q = 0;
        while (p < a.Length || q < b.Length)
        {
            if (p < a.Length && q < b.Length && string.Equals(a[p], b[q], StringComparison.Ordinal))
            {
                edits.Add(new(' ', a[p], p, q));
                p++;
                q++;
            }
            else if (q < b.Length && (p == a.Length || lcs[p, q + 1] >= lcs[p + 1, q]))
            {
                edits.Add(new('+', b[q], p, q));
                q++;
            }
            else
            {
                edits.Add(new('-', a[p], p, q));
                p++;
            }
        }

        return edits;
    }
}
