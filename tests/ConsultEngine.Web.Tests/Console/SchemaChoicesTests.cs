using System.Text.Json;
using ConsultEngine.Web.StaffConsole;
using Microsoft.Extensions.Localization;

namespace ConsultEngine.Web.Tests.Console;

/// <summary>
/// The console's form editor offers a choice for both ways a JSON Schema lists values: a bare
/// <c>enum</c> (read through the console's <c>Choice.{value}</c> texts) and a titled
/// <c>oneOf</c>/<c>anyOf</c> of <c>const</c>s (read by their titles); anything else is no choice.
/// </summary>
public sealed class SchemaChoicesTests
{
    [Fact]
    public void AnEnumOfStrings_IsAChoiceOfItsValues_WithoutTitles()
    {
        var choices = SchemaChoices.Of(Schema("""{ "enum": ["figures", "report"] }"""));

        Assert.Equal([new SchemaChoice("figures", null), new SchemaChoice("report", null)], choices);
    }

    [Fact]
    public void AOneOfOfTitledConsts_IsAChoiceOfItsValues_WithTheirTitles()
    {
        var choices = SchemaChoices.Of(Schema("""{ "oneOf": [ { "const": "approve", "title": "Đồng ý" }, { "const": "revise" } ] }"""));

        Assert.Equal([new SchemaChoice("approve", "Đồng ý"), new SchemaChoice("revise", null)], choices);
        Assert.True(SchemaChoices.IsChoice(Schema("""{ "anyOf": [ { "const": "a", "title": "A" } ] }""")));
    }

    [Theory]
    [InlineData("""{ "oneOf": [ { "type": "string" }, { "type": "object" } ] }""")]
    [InlineData("""{ "oneOf": [ { "const": "a" }, { "type": "string" } ] }""")]
    [InlineData("""{ "enum": [1, 2] }""")]
    [InlineData("""{ "type": "string" }""")]
    public void ASchemaThatDoesNotListStringValuesOnly_IsNoChoice(string schema) =>
        Assert.False(SchemaChoices.IsChoice(Schema(schema)));

    [Fact]
    public void AValue_ReadsAsTheConsolesChoiceText_ElseAsItself()
    {
        var text = new Texts(new Dictionary<string, string> { ["Choice.figures"] = "Số liệu" });

        Assert.Equal("Số liệu", SchemaChoices.Label(text, "figures"));
        Assert.Equal("unknown-value", SchemaChoices.Label(text, "unknown-value"));
    }

    [Fact]
    public void AValueNamingALoadedTool_ReadsAsTheToolsOwnTitle()
    {
        var text = new Texts(new Dictionary<string, string> { ["Choice.citizen-panel"] = "Không dùng" });
        var tools = new ToolTitles([new TitledTool("citizen-panel", new("Hội đồng công dân", "Citizens' panel"))]);

        Assert.Equal("Hội đồng công dân", SchemaChoices.Label(text, "citizen-panel", tools));
        Assert.Equal("unknown-value", SchemaChoices.Label(text, "unknown-value", tools));
    }

    private static JsonElement Schema(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }

    private sealed class Texts(IReadOnlyDictionary<string, string> values) : IStringLocalizer
    {
        public LocalizedString this[string name] =>
            values.TryGetValue(name, out var value) ? new(name, value) : new(name, name, resourceNotFound: true);

        public LocalizedString this[string name, params object[] arguments] => this[name];

        public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => values.Select(v => new LocalizedString(v.Key, v.Value));
    }
}
