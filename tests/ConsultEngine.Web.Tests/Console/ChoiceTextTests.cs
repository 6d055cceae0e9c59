using System.Text.Json;
using ConsultEngine.Web.Testing;

namespace ConsultEngine.Web.Tests.Console;

/// <summary>
/// The published first version of the standard process lists its choices as bare <c>enum</c> ids
/// (activity-plan, public-hearing...) and is immutable, so the console carries their titles
/// (<c>Choice.{value}</c>): recorded data never reads as a raw id. A value that is a tool's id reads as the
/// loaded tool's own title (<see cref="StaffConsole.ToolTitles"/>): the console names no tool itself.
/// </summary>
public sealed class ChoiceTextTests
{
    [Fact]
    public void EveryChoiceOfTheStandardV1Forms_HasAConsoleText_InVietnameseAndEnglish()
    {
        var path = Path.Combine(RepositoryPaths.Root, "definitions", "standard", "hdnd.standard.v1.json");
        using var definition = JsonDocument.Parse(File.ReadAllText(path));
        var choices = Choices(definition.RootElement.GetProperty("forms")).Distinct(StringComparer.Ordinal).ToList();
        var vietnamese = ConsoleTextTests.Keys("ConsoleText.resx");
        var english = ConsoleTextTests.Keys("ConsoleText.en.resx");

        Assert.Contains("activity-plan", choices);
        var missing = choices.Where(c => !Architecture.PluginNames.Ids.Contains(c))
            .Where(c => !vietnamese.ContainsKey("Choice." + c) || !english.ContainsKey("Choice." + c)).ToList();
        Assert.True(missing.Count == 0, "no Choice.{value} text for: " + string.Join(", ", missing));
    }

    private static IEnumerable<string> Choices(JsonElement node) => node.ValueKind switch
    {
        JsonValueKind.Object => node.EnumerateObject().SelectMany(p => p.Name == "enum" && p.Value.ValueKind == JsonValueKind.Array
            ? p.Value.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!)
            : Choices(p.Value)),
        JsonValueKind.Array => node.EnumerateArray().SelectMany(Choices),
        _ => [],
    };
}
