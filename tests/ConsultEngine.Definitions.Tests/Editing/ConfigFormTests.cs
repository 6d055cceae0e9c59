using System.Text.Json;
using ConsultEngine.Definitions.Editing.Forms;
using ConsultEngine.Definitions.StepTypes;

namespace ConsultEngine.Definitions.Tests.Editing;

public sealed class ConfigFormTests
{
    private static JsonElement Schema(string json) => JsonDocument.Parse(json).RootElement.Clone();

    [Fact]
    public void Fields_OfTheNotifySchema_AreTypedFromTypeAndEnum()
    {
        var fields = ConfigForm.Fields(BuiltInStepTypes.Notify.ConfigSchema);

        Assert.Equal(
            [("audience", ConfigFieldKind.Text, true), ("channels", ConfigFieldKind.ChoiceList, false), ("message", ConfigFieldKind.Json, true), ("notifies", ConfigFieldKind.Choice, false), ("requires", ConfigFieldKind.Choice, false)],
            fields.Select(f => (f.Name, f.Kind, f.Required)));
        Assert.Equal(["email", "sms", "portal", "post", "media"], fields[1].Choices);
    }

    [Fact]
    public void Fields_OfEveryShape_GetTheirKind()
    {
        var fields = ConfigForm.Fields(Schema("""
            {"type":"object","properties":{
              "n":{"type":"number","title":"Cỡ mẫu"},"i":{"type":"integer"},"b":{"type":"boolean"},
              "e":{"enum":["a","b"]},"tags":{"type":"array","items":{"type":"string"}},
              "objs":{"type":"array","items":{"type":"object"}},"o":{"type":"object"},"any":{}}}
            """));

        Assert.Equal(
            [ConfigFieldKind.Number, ConfigFieldKind.WholeNumber, ConfigFieldKind.Boolean, ConfigFieldKind.Choice, ConfigFieldKind.TextList, ConfigFieldKind.Json, ConfigFieldKind.Json, ConfigFieldKind.Json],
            fields.Select(f => f.Kind));
        Assert.Equal("Cỡ mẫu", fields[0].Title);
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("{\"type\":\"object\"}")]
    [InlineData("true")]
    public void Fields_WithoutProperties_AreNone(string schema)
    {
        Assert.Empty(ConfigForm.Fields(Schema(schema)));
    }

    [Theory]
    [InlineData(ConfigFieldKind.Text, "cử tri", "\"cử tri\"")]
    [InlineData(ConfigFieldKind.Number, "2.5", "2.5")]
    [InlineData(ConfigFieldKind.WholeNumber, "400", "400")]
    [InlineData(ConfigFieldKind.Number, "abc", "\"abc\"")]
    [InlineData(ConfigFieldKind.Boolean, "True", "true")]
    [InlineData(ConfigFieldKind.TextList, "a\n\n b \n", "[\"a\",\"b\"]")]
    [InlineData(ConfigFieldKind.Json, " {\"vi\":\"x\"} ", "{\"vi\":\"x\"}")]
    [InlineData(ConfigFieldKind.Text, "  ", null)]
    public void ToJson_TurnsTheInputIntoTheFieldsJson(ConfigFieldKind kind, string input, string? json)
    {
        Assert.Equal(json, ConfigForm.ToJson(new ConfigField("f", kind), input));
    }

    [Fact]
    public void ToInput_ShowsListsOnePerLine_AndStringsBare()
    {
        Assert.Equal("email\nsms", ConfigForm.ToInput(new ConfigField("c", ConfigFieldKind.ChoiceList), Schema("[\"email\",\"sms\"]")));
        Assert.Equal("cử tri", ConfigForm.ToInput(new ConfigField("a", ConfigFieldKind.Text), Schema("\"cử tri\"")));
        Assert.Equal(string.Empty, ConfigForm.ToInput(new ConfigField("a", ConfigFieldKind.Text), null));
    }
}
