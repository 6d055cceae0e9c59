using System.Globalization;

namespace ConsultEngine.Abstractions;

/// <summary>An <see cref="InputTally"/>'s cells parsed once, with the sums analysis asks of them.</summary>
internal sealed class TallyView
{
    private readonly List<RowCell> _rows = [];
    private readonly List<(int Class, string Attribute, string Value, long Count)> _attributes = [];
    private readonly List<(int Class, IReadOnlySet<string> Questions, long Count)> _sets = [];
    private readonly List<(int Class, string Question, string Answer, long Count)> _answers = [];
    private readonly List<(int Class, string Question, string Answer, string Attribute, string Value, long Count)> _cross = [];
    private readonly long[] _text = new long[4];

    public TallyView(IReadOnlyDictionary<string, long> cells)
    {
        foreach (var (key, count) in cells)
        {
            if (count == 0)
            {
                continue;
            }

            var f = TallyCell.Fields(key);
            switch (f[0])
            {
                case TallyCell.Row:
                    _rows.Add(new RowCell(Int(f[1]), f[2], f[3] == "1", count));
                    break;
                case TallyCell.Attribute:
                    _attributes.Add((Int(f[1]), f[2], f[3], count));
                    break;
                case TallyCell.Answered:
                    _sets.Add((Int(f[1]), f[2].Length == 0 ? new HashSet<string>() : f[2].Split(TallyCell.SetSeparator).ToHashSet(StringComparer.Ordinal), count));
                    break;
                case TallyCell.Answer:
                    _answers.Add((Int(f[1]), f[2], f[3], count));
                    break;
                case TallyCell.Cross:
                    _cross.Add((Int(f[1]), f[2], f[3], f[4], f[5], count));
                    break;
                case TallyCell.Text:
                    _text[Int(f[1]) & 3] += count;
                    break;
                default:
                    break;
            }
        }
    }

    public IReadOnlyList<RowCell> Rows() => _rows;

    public long WithText(AnalysisOptions options) => Enumerable.Range(0, 4).Where(c => Counted(c, options)).Sum(c => _text[c]);

    public IEnumerable<(IReadOnlySet<string> Questions, long Count)> AnsweredSets(AnalysisOptions options) =>
        _sets.Where(s => Counted(s.Class, options)).Select(s => (s.Questions, s.Count));

    public IEnumerable<(string Attribute, string Value, long Count)> Attributes(AnalysisOptions options) =>
        _attributes.Where(a => Counted(a.Class, options)).GroupBy(a => (a.Attribute, a.Value)).Select(g => (g.Key.Attribute, g.Key.Value, g.Sum(a => a.Count)));

    /// <summary>The counted answers to a question: each distinct answer (its cell form) and how many gave it.</summary>
    public List<(string Answer, long Count)> Answers(AnalysisOptions options, string question) =>
        Sum(_answers.Where(a => a.Question == question && Counted(a.Class, options)).Select(a => (a.Answer, a.Count)));

    /// <summary>The counted answers to a question by the values of an attribute.</summary>
    public Dictionary<string, List<(string Answer, long Count)>> Cross(AnalysisOptions options, string question, string attribute) =>
        _cross.Where(x => x.Question == question && x.Attribute == attribute && Counted(x.Class, options))
            .GroupBy(x => x.Value, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => Sum(g.Select(x => (x.Answer, x.Count))), StringComparer.Ordinal);

    /// <summary>Whether inputs of a class (pilot 1, duplicate 2) are counted by the options.</summary>
    public static bool Counted(int @class, AnalysisOptions options) => (@class & (int)options.Query.ExcludeFlags) == 0;

    private static List<(string Answer, long Count)> Sum(IEnumerable<(string Answer, long Count)> answers) =>
        [.. answers.GroupBy(a => a.Answer, StringComparer.Ordinal).Select(g => (g.Key, g.Sum(a => a.Count)))];

    private static int Int(string text) => int.Parse(text, CultureInfo.InvariantCulture);

    internal sealed record RowCell(int Flags, string Channel, bool KeyedWithdrawn, long Count);
}
