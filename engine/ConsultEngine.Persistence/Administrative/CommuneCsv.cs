using System.Text;

namespace ConsultEngine.Persistence.Administrative;

/// <summary>
/// Reads a province's list of communes from CSV: UTF-8 (a byte-order mark is allowed), the header
/// <c>code,name,kind</c> on the first line, then one unit a line; a field may be quoted ("…", with
/// "" for a quote). Every problem is reported at once with its line, so a clerk fixes the file in one go.
/// A file is capped in bytes, lines and field length (the whole country's 3,321 units fit well within
/// them), so a wrong or hostile file is refused with a code before it costs memory.
/// </summary>
public static class CommuneCsv
{
    public const string Header = "code,name,kind";

    /// <summary>The largest file read (1 MiB; the whole country's list is about 150 KB).</summary>
    public const int MaxBytes = 1024 * 1024;

    /// <summary>The most units a file may list (a province has a few hundred; the country about 3,300).</summary>
    public const int MaxRows = 10_000;

    /// <summary>The longest code, name or kind, in characters.</summary>
    public const int MaxFieldLength = 200;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The communes of <paramref name="bytes"/>, in file order; <see cref="CommuneImportException"/> for a file with any problem.</summary>
    public static IReadOnlyList<Commune> Parse(ReadOnlySpan<byte> bytes)
    {
        RefuseSize(bytes.Length);
        string text;
        try
        {
            text = StrictUtf8.GetString(bytes.StartsWith(Encoding.UTF8.Preamble) ? bytes[3..] : bytes);
        }
        catch (DecoderFallbackException)
        {
            throw new CommuneImportException(AdministrativeCodes.NotUtf8, "The file is not UTF-8 text; save it as 'CSV UTF-8'.");
        }

        return Parse(text);
    }

    /// <summary>The communes of <paramref name="text"/>, in file order; <see cref="CommuneImportException"/> for a file with any problem.</summary>
    public static IReadOnlyList<Commune> Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        RefuseSize(text.Length);
        var lines = text.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        while (lines.Count > 0 && lines[^1].Length == 0)
        {
            lines.RemoveAt(lines.Count - 1);
        }

        if (lines.Count - 1 > MaxRows)
        {
            throw new CommuneImportException(AdministrativeCodes.TooManyRows, $"The file has {lines.Count - 1} lines after its header; a list holds at most {MaxRows}.");
        }

        if (lines.Count == 0)
        {
            throw new CommuneImportException(AdministrativeCodes.FileEmpty, "The file is empty.");
        }

        var problems = new List<CommuneProblem>();
        var header = Fields(lines[0]);
        if (header is null || !string.Equals(string.Join(',', header.Select(h => h.Trim())), Header, StringComparison.OrdinalIgnoreCase))
        {
            problems.Add(new CommuneProblem(AdministrativeCodes.HeaderInvalid, 1, $"The first line must be the header '{Header}'."));
        }

        var communes = new List<Commune>();
        var codes = new Dictionary<string, int>(StringComparer.Ordinal);
        var names = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 1; i < lines.Count; i++)
        {
            var line = i + 1;
            if (lines[i].Trim().Length == 0)
            {
                continue;
            }

            if (Fields(lines[i]) is not [var rawCode, var rawName, var rawKind])
            {
                problems.Add(new CommuneProblem(AdministrativeCodes.LineMalformed, line, "A line holds three fields: code, name, kind."));
                continue;
            }

            var (code, name) = (rawCode.Trim(), rawName.Trim());
            if (Math.Max(code.Length, Math.Max(name.Length, rawKind.Trim().Length)) > MaxFieldLength)
            {
                problems.Add(new CommuneProblem(AdministrativeCodes.FieldTooLong, line, $"A field is longer than {MaxFieldLength} characters."));
                continue;
            }

            var kind = Commune.ParseKind(rawKind);
            var before = problems.Count;
            if (code.Length == 0)
            {
                problems.Add(new CommuneProblem(AdministrativeCodes.CodeEmpty, line, "The code is empty."));
            }
            else if (!codes.TryAdd(code, line))
            {
                problems.Add(new CommuneProblem(AdministrativeCodes.CodeDuplicate, line, $"The code '{code}' is already on line {codes[code]}."));
            }

            if (name.Length == 0)
            {
                problems.Add(new CommuneProblem(AdministrativeCodes.NameEmpty, line, "The name is empty."));
            }
            else if (!names.TryAdd(name, line))
            {
                problems.Add(new CommuneProblem(AdministrativeCodes.NameDuplicate, line, $"The name '{name}' is already on line {names[name]}."));
            }

            if (kind is null)
            {
                problems.Add(new CommuneProblem(AdministrativeCodes.KindUnknown, line, $"'{rawKind.Trim()}' is not a kind: write commune, ward or special-zone."));
            }

            if (problems.Count == before)
            {
                communes.Add(new Commune(code, name, kind!.Value));
            }
        }

        if (problems.Count == 0 && communes.Count == 0)
        {
            problems.Add(new CommuneProblem(AdministrativeCodes.FileEmpty, 0, "The file holds a header but no commune."));
        }

        return problems.Count == 0 ? communes : throw new CommuneImportException(problems);
    }

    /// <summary>Refuses a file of more than <see cref="MaxBytes"/> (bytes, or characters for text) with CE8210.</summary>
    public static void RefuseSize(long length)
    {
        if (length > MaxBytes)
        {
            throw new CommuneImportException(AdministrativeCodes.FileTooLarge, $"The file is {length} bytes; a commune list holds at most {MaxBytes}.");
        }
    }

    /// <summary>The fields of one line, or <see langword="null"/> when a quoted field is not closed.</summary>
    private static List<string>? Fields(string line)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c != '"')
                {
                    field.Append(c);
                }
                else if (i + 1 < line.Length && line[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else
                {
                    quoted = false;
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        fields.Add(field.ToString());
        return quoted ? null : fields;
    }
}
