using System.Globalization;
using System.Text;

namespace ConsultEngine.Hosting.Registers;

/// <summary>Opinions the register suggests answering together: the same text once normalised, or nearly the same words.</summary>
public sealed record OpinionGroupSuggestion(IReadOnlyList<string> OpinionIds, bool Identical, double LowestSimilarity);

/// <summary>
/// A simple, explainable likeness of opinions, so staff can group what citizens sent many times:
/// texts are normalised (Unicode NFC, lower case, punctuation dropped, spaces collapsed; diacritics
/// kept, because in Vietnamese they tell words apart) and two opinions are alike when their normalised
/// texts are equal or the Jaccard index of their word sets is at least the threshold. Groups are the
/// connected sets of alike opinions. Only a suggestion: staff decide what is grouped.
/// </summary>
public static class OpinionSimilarity
{
    public const double DefaultThreshold = 0.8;

    public static string Normalise(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length);
        var space = true;
        foreach (var c in text.Normalize(NormalizationForm.FormC))
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLower(c, CultureInfo.InvariantCulture));
                space = false;
            }
            else if (!space)
            {
                builder.Append(' ');
                space = true;
            }
        }

        return builder.ToString().TrimEnd();
    }

    /// <summary>|A ∩ B| / |A ∪ B| of the word sets of two normalised texts (1 for two empty texts).</summary>
    public static double Jaccard(string normalisedA, string normalisedB)
    {
        var a = Words(normalisedA);
        var b = Words(normalisedB);
        return Jaccard(a, b);
    }

    /// <summary>The groups of two or more alike opinions among <paramref name="opinions"/> (id, text), each in the given order.</summary>
    public static IReadOnlyList<OpinionGroupSuggestion> Suggest(IReadOnlyList<(string Id, string Text)> opinions, double threshold = DefaultThreshold)
    {
        ArgumentNullException.ThrowIfNull(opinions);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(threshold, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(threshold, 1);
        var normalised = opinions.Select(o => Normalise(o.Text)).ToArray();
        var words = normalised.Select(Words).ToArray();
        var parent = Enumerable.Range(0, opinions.Count).ToArray();
        var lowest = new double[opinions.Count];
        Array.Fill(lowest, 1.0);

        // Sorted by word count: once the shorter set is under threshold × the longer, no later one can reach it.
        var order = Enumerable.Range(0, opinions.Count).OrderBy(i => words[i].Count).ToArray();
        for (var x = 0; x < order.Length; x++)
        {
            var i = order[x];
            for (var y = x + 1; y < order.Length; y++)
            {
                var j = order[y];
                if (words[i].Count < threshold * words[j].Count)
                {
                    break;
                }

                var identical = string.Equals(normalised[i], normalised[j], StringComparison.Ordinal);
                var similarity = identical ? 1.0 : Jaccard(words[i], words[j]);
                if (identical || similarity >= threshold)
                {
                    var before = Math.Min(lowest[Find(parent, i)], lowest[Find(parent, j)]);
                    lowest[Union(parent, i, j)] = Math.Min(before, similarity);
                }
            }
        }

        return [.. Enumerable.Range(0, opinions.Count)
            .GroupBy(i => Find(parent, i))
            .Where(g => g.Count() > 1)
            .OrderBy(g => g.Min())
            .Select(g =>
            {
                var members = g.Order().ToList();
                var identical = members.All(m => string.Equals(normalised[m], normalised[members[0]], StringComparison.Ordinal));
                return new OpinionGroupSuggestion([.. members.Select(m => opinions[m].Id)], identical, identical ? 1.0 : lowest[g.Key]);
            })];
    }

    private static HashSet<string> Words(string normalised) =>
        new(normalised.Split(' ', StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal);

    private static double Jaccard(HashSet<string> a, HashSet<string> b)
    {
        if (a.Count == 0 && b.Count == 0)
        {
            return 1.0;
        }

        var shared = a.Count(b.Contains);
        return (double)shared / (a.Count + b.Count - shared);
    }

    private static int Find(int[] parent, int i)
    {
        while (parent[i] != i)
        {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }

        return i;
    }

    private static int Union(int[] parent, int a, int b)
    {
        var ra = Find(parent, a);
        var rb = Find(parent, b);
        var root = Math.Min(ra, rb);
        parent[Math.Max(ra, rb)] = root;
        return root;
    }
}
