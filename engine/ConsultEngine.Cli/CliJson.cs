using System.Text.Encodings.Web;
using System.Text.Json;

namespace ConsultEngine.Cli;

internal static class CliJson
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
