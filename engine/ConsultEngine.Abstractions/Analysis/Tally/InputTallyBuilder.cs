using System.Runtime.CompilerServices;
using System.Text.Json;

namespace ConsultEngine.Abstractions;

/// <summary>
/// Folds inputs into the cells of an <see cref="InputTally"/> (a weight of −1 takes an input out again). A
/// store folds rows straight from its columns; the strings it meets (answers JSON, attribute values) are
/// interned, so a million inputs with a few thousand distinct answers fold in about a second.
/// </summary>
public sealed class InputTallyBuilder
{
    private const int Row = 0, Attribute = 1, Answered = 2, Answer = 3, Cross = 4, Text = 5;
    private const int CachedAnswers = 100_000;

    private readonly Dictionary<string, QuestionShape> _tallied;
    private readonly List<string> _names = [];
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>[] _values;
    private readonly Dictionary<string, Parsed> _parsed = new(StringComparer.Ordinal);
    private readonly Dictionary<long, long> _counts = [];
    private readonly Dictionary<(int Flags, string Channel, bool Keyed), int> _rows = [];
    private readonly int[] _attributeIds;

    public InputTallyBuilder(IReadOnlyList<QuestionSpec> questions)
    {
        ArgumentNullException.ThrowIfNull(questions);
        _tallied = questions.Where(q => q.Shape != QuestionShape.Text).GroupBy(q => q.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Shape, StringComparer.Ordinal);
        _values = [.. Attributes.Select(_ => new Dictionary<string, int>(StringComparer.Ordinal))];
        _attributeIds = new int[Attributes.Count];
    }

    /// <summary>The respondent attributes a tally counts, in the order <see cref="Add(int, string, IReadOnlyList{string?}, string?, bool, bool, long)"/> takes them.</summary>
    public static IReadOnlyList<string> Attributes { get; } = [.. RespondentAttributes.Names, "communeCode"];

    /// <summary>Folds one input in with <paramref name="weight"/>.</summary>
    public void Add(ConsultationInput input, long weight)
    {
        ArgumentNullException.ThrowIfNull(input);
        var attributes = Attributes.Select(input.Respondent.Get).ToArray();
        var answers = input.Answers is { ValueKind: not JsonValueKind.Undefined } given ? given.GetRawText() : null;
        Add((int)input.Flags, input.Channel.ToString(), attributes, answers, !string.IsNullOrEmpty(input.Text), input.UniqueKey is not null, weight);
    }

    /// <summary>
    /// Folds one input in from its stored form: flags, channel name, the <see cref="Attributes"/> in order,
    /// the answers' JSON text, whether it has free text (not null or empty) and a unique key.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Add(int flags, string channel, IReadOnlyList<string?> attributes, string? answersJson, bool hasText, bool keyed, long weight)
    {
        ArgumentNullException.ThrowIfNull(channel);
        ArgumentNullException.ThrowIfNull(attributes);
        var withdrawn = (flags & (int)InputMarks.Withdrawn) != 0;
        var row = (flags, channel, withdrawn && keyed);
        if (!_rows.TryGetValue(row, out var rowId))
        {
            _rows[row] = rowId = Intern(TallyCell.Key(TallyCell.Number(flags), channel, row.Item3 ? "1" : "0"));
        }

        Bump(Row, 0, rowId, 0, weight);
        if (withdrawn)
        {
            return;
        }

        var @class = flags & 3;
        if (hasText)
        {
            Bump(Text, @class, 0, 0, weight);
        }

        var known = 0;
        for (var i = 0; i < _attributeIds.Length && i < attributes.Count; i++)
        {
            if (attributes[i] is { } value)
            {
                if (!_values[i].TryGetValue(value, out var id))
                {
                    _values[i][value] = id = Intern(TallyCell.Key(Attributes[i], value));
                }

                _attributeIds[known++] = id;
                Bump(Attribute, @class, id, 0, weight);
            }
        }

        var parsed = Parse(answersJson);
        Bump(Answered, @class, parsed.Set, 0, weight);
        foreach (var (facet, choice) in parsed.Facets)
        {
            Bump(Answer, @class, facet, 0, weight);
            if (choice)
            {
                for (var i = 0; i < known; i++)
                {
                    Bump(Cross, @class, facet, _attributeIds[i], weight);
                }
            }
        }
    }

    /// <summary>The cells folded so far (those whose count is not zero).</summary>
    public Dictionary<string, long> Build()
    {
        var cells = new Dictionary<string, long>(_counts.Count, StringComparer.Ordinal);
        foreach (var (key, count) in _counts)
        {
            if (count == 0)
            {
                continue;
            }

            var kind = (int)(key >> 58);
            var @class = TallyCell.Number((key >> 56) & 3);
            var a = _names[(int)((key >> 28) & 0xFFF_FFFF)];
            var b = _names[(int)(key & 0xFFF_FFFF)];
            var name = kind switch
            {
                Row => TallyCell.Row + TallyCell.Separator + a,
                Attribute => string.Join(TallyCell.Separator, TallyCell.Attribute, @class, a),
                Answered => string.Join(TallyCell.Separator, TallyCell.Answered, @class, a),
                Answer => string.Join(TallyCell.Separator, TallyCell.Answer, @class, a),
                Cross => string.Join(TallyCell.Separator, TallyCell.Cross, @class, a, b),
                _ => string.Join(TallyCell.Separator, TallyCell.Text, @class),
            };
            cells[name] = cells.GetValueOrDefault(name) + count;
        }

        return cells;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Bump(int kind, int @class, int a, int b, long weight)
    {
        var key = ((long)kind << 58) | ((long)@class << 56) | ((long)a << 28) | (uint)b;
        System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_counts, key, out _) += weight;
    }

    private int Intern(string name)
    {
        if (!_ids.TryGetValue(name, out var id))
        {
            if (_names.Count == 0)
            {
                // Id 0 is the empty name: the second field of a cell that has one.
                _names.Add(string.Empty);
                _ids[string.Empty] = 0;
                if (name.Length == 0)
                {
                    return 0;
                }
            }

            _ids[name] = id = _names.Count;
            _names.Add(name);
        }

        return id;
    }

    private Parsed Parse(string? answersJson)
    {
        var key = answersJson ?? string.Empty;
        if (_parsed.TryGetValue(key, out var parsed))
        {
            return parsed;
        }

        var answered = new SortedSet<string>(StringComparer.Ordinal);
        var facets = new List<(int, bool)>();
        if (answersJson is not null)
        {
            using var document = JsonDocument.Parse(answersJson);
            if (document.RootElement.ValueKind == JsonValueKind.Object)
            {
                var last = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
                foreach (var property in document.RootElement.EnumerateObject())
                {
                    last[property.Name] = property.Value;
                }

                foreach (var (id, value) in last.OrderBy(p => p.Key, StringComparer.Ordinal))
                {
                    if (!IsAnswer(value))
                    {
                        continue;
                    }

                    answered.Add(id);
                    if (_tallied.TryGetValue(id, out var shape))
                    {
                        var facet = value.ValueKind == JsonValueKind.String ? "s" + value.GetString() : "j" + value.GetRawText();
                        facets.Add((Intern(TallyCell.Key(id, facet)), shape is QuestionShape.SingleChoice or QuestionShape.MultipleChoice));
                    }
                }
            }
        }

        parsed = new Parsed(Intern(TallyCell.Escape(string.Join(TallyCell.SetSeparator, answered))), [.. facets]);
        if (_parsed.Count < CachedAnswers)
        {
            _parsed[key] = parsed;
        }

        return parsed;
    }

    /// <summary>As <see cref="InputAnalyzer.Answer"/>: not null, not an empty string or array.</summary>
    private static bool IsAnswer(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => false,
        JsonValueKind.String => value.GetString()!.Length > 0,
        JsonValueKind.Array => value.GetArrayLength() > 0,
        _ => true,
    };

    private sealed record Parsed(int Set, (int Facet, bool Choice)[] Facets);
}
