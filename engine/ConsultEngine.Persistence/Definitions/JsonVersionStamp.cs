using System.Globalization;
using System.Text;
using System.Text.Json;

namespace ConsultEngine.Persistence.Definitions;

/// <summary>
/// Writes a version number into a document's top-level <c>version</c> by splicing the text, so the
/// rest of the document (layout, key order, comments a reviewer left in string values) stays exactly
/// as the author saved it.
/// </summary>
public static class JsonVersionStamp
{
    /// <summary>
    /// <paramref name="json"/> with its top-level <c>version</c> set to <paramref name="version"/> (added
    /// after the opening brace when missing), or <c>null</c> when the text is not a JSON object.
    /// </summary>
    public static string? Apply(string json, int version)
    {
        ArgumentNullException.ThrowIfNull(json);
        var utf8 = Encoding.UTF8.GetBytes(json);
        var number = version.ToString(CultureInfo.InvariantCulture);
        try
        {
            var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = 256 });
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return null;
            }

            var open = (int)reader.TokenStartIndex;
            (int Start, int End)? found = null;
            while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
            {
                var isVersion = reader.TokenType == JsonTokenType.PropertyName && reader.ValueTextEquals("version"u8);
                reader.Read();
                if (isVersion)
                {
                    found = ((int)reader.TokenStartIndex, 0);
                }

                reader.Skip();
                if (isVersion)
                {
                    found = (found!.Value.Start, (int)reader.BytesConsumed);
                }
            }

            // Reading to the end checks the whole text is well-formed.
            while (reader.Read())
            {
            }

            if (found is { } span)
            {
                return Encoding.UTF8.GetString(utf8, 0, span.Start) + number + Encoding.UTF8.GetString(utf8, span.End, utf8.Length - span.End);
            }

            return Encoding.UTF8.GetString(utf8, 0, open + 1) + "\"version\": " + number + "," + Encoding.UTF8.GetString(utf8, open + 1, utf8.Length - open - 1);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
