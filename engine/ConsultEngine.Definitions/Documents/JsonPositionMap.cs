using System.Text;
using System.Text.Json;

namespace ConsultEngine.Definitions.Documents;

/// <summary>
/// Maps JSON Pointers of a document to the line and column where each value starts, so that a
/// diagnostic found on the parsed model can point at the text. Built in one forward pass with
/// <see cref="Utf8JsonReader"/>, which also checks the syntax, nesting depth and duplicate keys.
/// </summary>
public sealed class JsonPositionMap
{
    private readonly Dictionary<string, int> _valueOffsets = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _nameOffsets = new(StringComparer.Ordinal);
    private readonly byte[] _utf8;
    private readonly int[] _lineStarts;

    private JsonPositionMap(byte[] utf8)
    {
        _utf8 = utf8;
        var starts = new List<int> { 0 };
        for (var i = 0; i < utf8.Length; i++)
        {
            if (utf8[i] == (byte)'\n')
            {
                starts.Add(i + 1);
            }
        }

        _lineStarts = [.. starts];
    }

    /// <summary>Problems met while reading: syntax, depth and duplicate properties (codes CE0002, CE0003, CE0007).</summary>
    internal List<(Diagnostics.DiagnosticDescriptor Descriptor, string Message, string Pointer, SourcePosition Position)> Problems { get; } = [];

    /// <summary>The position of the value at <paramref name="jsonPointer"/>, or of its nearest ancestor that exists.</summary>
    public SourcePosition Find(string jsonPointer)
    {
        var current = jsonPointer;
        while (true)
        {
            if (_valueOffsets.TryGetValue(current, out var offset))
            {
                return ToPosition(offset);
            }

            if (current.Length == 0)
            {
                return SourcePosition.Start;
            }

            current = current[..current.LastIndexOf('/')];
        }
    }

    /// <summary>The position of the property name that holds the value at <paramref name="jsonPointer"/>, if it is a property.</summary>
    public SourcePosition FindName(string jsonPointer) =>
        _nameOffsets.TryGetValue(jsonPointer, out var offset) ? ToPosition(offset) : Find(jsonPointer);

    /// <summary>The kind of the value written at <paramref name="jsonPointer"/>, or <see cref="JsonValueKind.Undefined"/> when there is none.</summary>
    internal JsonValueKind KindAt(string jsonPointer) =>
        !_valueOffsets.TryGetValue(jsonPointer, out var offset) ? JsonValueKind.Undefined : _utf8[offset] switch
        {
            (byte)'{' => JsonValueKind.Object,
            (byte)'[' => JsonValueKind.Array,
            (byte)'"' => JsonValueKind.String,
            (byte)'t' => JsonValueKind.True,
            (byte)'f' => JsonValueKind.False,
            (byte)'n' => JsonValueKind.Null,
            _ => JsonValueKind.Number,
        };

    /// <summary>Reads <paramref name="utf8"/>; syntax problems end the pass and are left in <see cref="Problems"/>.</summary>
    internal static JsonPositionMap Build(byte[] utf8, int maxNesting)
    {
        var map = new JsonPositionMap(utf8);
        map.Walk(maxNesting);
        return map;
    }

    private void Walk(int maxNesting)
    {
        // The reader does not check that names and strings are UTF-8; reading one that is not would throw.
        if (!System.Text.Unicode.Utf8.IsValid(_utf8))
        {
            Problems.Add((Diagnostics.DiagnosticCodes.MalformedJson, "The document is not well-formed JSON: it is not valid UTF-8 text.",
                string.Empty, ToPosition(FirstInvalidUtf8(_utf8))));
            return;
        }

        var reader = new Utf8JsonReader(_utf8, new JsonReaderOptions
        {
            // One level of headroom so that our own depth check (with a position) fires first.
            MaxDepth = maxNesting + 1,
            CommentHandling = JsonCommentHandling.Disallow,
            AllowTrailingCommas = false,
        });
        var frames = new Stack<Frame>();
        string? pendingName = null;
        var pendingNameOffset = 0;
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        pendingName = reader.GetString()!;
                        pendingNameOffset = (int)reader.TokenStartIndex;
                        if (!frames.Peek().Names!.Add(pendingName))
                        {
                            var duplicate = frames.Peek().Pointer + "/" + Escape(pendingName);
                            Problems.Add((Diagnostics.DiagnosticCodes.DuplicateJsonProperty,
                                $"The property '{pendingName}' appears more than once in the same object.",
                                duplicate, ToPosition(pendingNameOffset)));
                        }

                        continue;
                    case JsonTokenType.EndObject:
                    case JsonTokenType.EndArray:
                        frames.Pop();
                        continue;
                }

                var pointer = NextPointer(frames, pendingName);
                pendingName = null;
                _valueOffsets.TryAdd(pointer, (int)reader.TokenStartIndex);
                if (reader.TokenType == JsonTokenType.String && reader.ValueIsEscaped)
                {
                    // Reading the string checks its escapes now, so that no later reader throws on them.
                    _ = reader.GetString();
                }

                if (frames.Count > 0 && frames.Peek().Names is not null)
                {
                    _nameOffsets.TryAdd(pointer, pendingNameOffset);
                }

                if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                {
                    if (frames.Count >= maxNesting)
                    {
                        Problems.Add((Diagnostics.DiagnosticCodes.NestingTooDeep,
                            $"Objects and arrays nest deeper than {maxNesting} levels.", pointer, ToPosition((int)reader.TokenStartIndex)));
                        return;
                    }

                    frames.Push(new Frame(pointer, reader.TokenType == JsonTokenType.StartObject ? new HashSet<string>(StringComparer.Ordinal) : null));
                }
            }
        }
        catch (JsonException ex)
        {
            var position = new SourcePosition((int)(ex.LineNumber ?? 0) + 1, ColumnOf((int)(ex.LineNumber ?? 0), (int)(ex.BytePositionInLine ?? 0)));
            Problems.Add((Diagnostics.DiagnosticCodes.MalformedJson, DescribeSyntaxError(ex), frames.Count > 0 ? frames.Peek().Pointer : string.Empty, position));
        }
        catch (InvalidOperationException)
        {
            // A name or string escapes half of a UTF-16 surrogate pair ("\ud800"): no .NET string can hold it.
            Problems.Add((Diagnostics.DiagnosticCodes.MalformedJson, "The document is not well-formed JSON: a string escapes an unpaired UTF-16 surrogate.",
                frames.Count > 0 ? frames.Peek().Pointer : string.Empty, ToPosition((int)reader.TokenStartIndex)));
        }
    }

    private static int FirstInvalidUtf8(ReadOnlySpan<byte> utf8)
    {
        var offset = 0;
        while (offset < utf8.Length)
        {
            if (System.Text.Rune.DecodeFromUtf8(utf8[offset..], out _, out var consumed) != System.Buffers.OperationStatus.Done)
            {
                return offset;
            }

            offset += consumed;
        }

        return offset;
    }

    private static string NextPointer(Stack<Frame> frames, string? propertyName)
    {
        if (frames.Count == 0)
        {
            return string.Empty;
        }

        var parent = frames.Peek();
        if (propertyName is not null)
        {
            return parent.Pointer + "/" + Escape(propertyName);
        }

        return parent.Pointer + "/" + (parent.NextIndex++).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    private static string DescribeSyntaxError(JsonException ex)
    {
        // The reader's message ends with its own (0-based) position; ours is in the diagnostic.
        var message = ex.Message;
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return "The document is not well-formed JSON: " + (cut > 0 ? message[..cut] : message).TrimEnd();
    }

    /// <summary>Escapes a property name as a JSON Pointer reference token (RFC 6901).</summary>
    public static string Escape(string name) => name.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);

    private SourcePosition ToPosition(int offset)
    {
        var line = Array.BinarySearch(_lineStarts, offset);
        if (line < 0)
        {
            line = ~line - 1;
        }

        return new SourcePosition(line + 1, ColumnOf(line, offset - _lineStarts[line]));
    }

    private int ColumnOf(int zeroBasedLine, int byteInLine)
    {
        if (zeroBasedLine >= _lineStarts.Length)
        {
            return byteInLine + 1;
        }

        var start = _lineStarts[zeroBasedLine];
        var length = Math.Clamp(byteInLine, 0, _utf8.Length - start);
        // Columns count characters, not bytes: Vietnamese text is mostly multi-byte in UTF-8.
        return Encoding.UTF8.GetCharCount(_utf8, start, length) + 1;
    }

    private sealed class Frame(string pointer, HashSet<string>? names)
    {
        public string Pointer { get; } = pointer;

        public HashSet<string>? Names { get; } = names;

        public int NextIndex { get; set; }
    }
}
