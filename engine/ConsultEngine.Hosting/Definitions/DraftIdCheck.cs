using System.Text;
using System.Text.Json;
using ConsultEngine.Definitions.Diagnostics;
using ConsultEngine.Persistence.Definitions;

namespace ConsultEngine.Hosting.Definitions;

/// <summary>
/// A draft belongs to one definition id; its text must keep naming that id, or publishing would put
/// a version under one id that runs as another. Reported as a diagnostic (CE8508) at the text's
/// <c>id</c>, so the editor shows it like any other.
/// </summary>
internal static class DraftIdCheck
{
    public static Diagnostic? Check(string json, string definitionId)
    {
        var utf8 = Encoding.UTF8.GetBytes(json);
        try
        {
            var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = 256 });
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return null; // Not an object: the validator reports it.
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isId = reader.ValueTextEquals("id"u8);
                reader.Read();
                if (isId)
                {
                    if (reader.TokenType != JsonTokenType.String || reader.GetString() == definitionId)
                    {
                        return null; // A missing or mistyped id is the schema check's to report.
                    }

                    var (line, column) = Position(utf8, (int)reader.TokenStartIndex);
                    return new Diagnostic(DefinitionStoreCodes.DraftIdMismatch, DiagnosticSeverity.Error,
                        $"The document names the definition '{reader.GetString()}', but it is the draft of '{definitionId}'. Import it to make a draft of another definition.",
                        "/id", line, column);
                }

                reader.Skip();
            }
        }
        catch (JsonException)
        {
            // Malformed text: the validator reports where.
        }

        return null;
    }

    private static (int Line, int Column) Position(byte[] utf8, int offset)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < offset; i++)
        {
            if (utf8[i] == (byte)'\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return (line, Encoding.UTF8.GetCharCount(utf8, lineStart, offset - lineStart) + 1);
    }
}
