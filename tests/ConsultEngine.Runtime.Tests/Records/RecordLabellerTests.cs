using System.Text.Json;
using System.Text.Json.Nodes;
using ConsultEngine.Runtime.Records;

namespace ConsultEngine.Runtime.Tests.Records;

/// <summary>What a recorded form reads like: labelled from its schema in Vietnamese or English, nested values kept nested.</summary>
public sealed class RecordLabellerTests
{
    private static readonly JsonElement Schema = JsonDocument.Parse("""
        {
          "type": "object",
          "properties": {
            "title": { "type": "string", "title": "Tên vấn đề" },
            "notes": { "type": "string", "title": "Ghi chú" },
            "source": { "title": "Nguồn", "oneOf": [
              { "const": "activity-plan", "title": "Kế hoạch hoạt động" },
              { "const": "mass-media", "title": "Thông tin đại chúng" } ] },
            "tool": { "title": "Công cụ", "enum": ["survey", "focus-group"] },
            "urgent": { "type": "boolean", "title": "Khẩn" },
            "signedOn": { "type": "string", "format": "date", "title": "Ngày ký" },
            "meetsAt": { "type": "string", "format": "date-time", "title": "Giờ họp" },
            "amountVnd": { "type": "number", "title": "Số tiền" },
            "members": { "type": "array", "title": "Thành viên", "items": { "type": "object", "properties": {
              "name": { "type": "string", "title": "Họ và tên" },
              "tools": { "type": "array", "title": "Công cụ", "items": { "$ref": "#/$defs/tool" } } } } },
            "untitled": { "type": "string" }
          },
          "$defs": { "tool": { "oneOf": [ { "const": "survey", "title": "Khảo sát" } ] } }
        }
        """).RootElement;

    [Fact]
    public void Label_AFieldWithATitle_ReadsTheSchemasTitle_BeforeTheHostsText()
    {
        var field = Single(new RecordLabeller("vi", fieldName: _ => "Tiêu đề").Label(Schema, new JsonObject { ["title"] = "Phí gửi xe" }));

        Assert.Equal("Tên vấn đề", field.Label);
    }

    [Fact]
    public void Label_InEnglish_TheHostsTextForTheName_ComesBeforeTheSchemasVietnameseTitle()
    {
        var field = Single(new RecordLabeller("en", fieldName: name => name == "title" ? "Title" : null).Label(Schema, new JsonObject { ["title"] = "Phí gửi xe" }));

        Assert.Equal("Title", field.Label);
    }

    [Fact]
    public void Label_InEnglish_AFieldWithOnlyAVietnameseTitle_ReadsTheVietnameseTitle()
    {
        var field = Single(new RecordLabeller("en").Label(Schema, new JsonObject { ["notes"] = "x" }));

        Assert.Equal("Ghi chú", field.Label);
    }

    [Fact]
    public void Label_AFieldWithoutATitle_ReadsTheHostsTextForItsName_ElseTheKey()
    {
        var data = new JsonObject { ["untitled"] = "a", ["extra"] = "b" };

        var withHost = new RecordLabeller("en", fieldName: name => name == "untitled" ? "Untitled field" : null).Label(Schema, data);
        var bare = new RecordLabeller("vi").Label(Schema, data);

        Assert.Equal(["Untitled field", "extra"], withHost.Select(f => f.Label));
        Assert.Equal(["untitled", "extra"], bare.Select(f => f.Label));
    }

    [Fact]
    public void Label_FieldsFollowTheSchemasOrder_ThenTheUndeclared_AndAbsentFieldsAreLeftOut()
    {
        var data = new JsonObject { ["zzz"] = 1, ["notes"] = "n", ["title"] = "t" };

        Assert.Equal(["title", "notes", "zzz"], new RecordLabeller("vi").Label(Schema, data).Select(f => f.Key));
    }

    [Theory]
    [InlineData("vi", "activity-plan", "Kế hoạch hoạt động")]
    [InlineData("vi", "mass-media", "Thông tin đại chúng")]
    [InlineData("en", "activity-plan", "Activity plan")]
    [InlineData("en", "mass-media", "Thông tin đại chúng")]
    public void Label_AChoiceOfTitledConsts_ReadsTheChoicesTitle_OrInEnglishTheHostsText_AndKeepsTheRawValue(string language, string value, string expected)
    {
        var labeller = new RecordLabeller(language, choice: raw => raw == "activity-plan" ? (language == "en" ? "Activity plan" : "Kế hoạch (văn bản của máy chủ)") : null);

        var field = Single(labeller.Label(Schema, new JsonObject { ["source"] = value }));

        Assert.Equal(RecordValueKind.Choice, field.Value.Kind);
        Assert.Equal(expected, field.Value.Text);
        Assert.Equal(value, field.Value.Raw);
    }

    [Fact]
    public void Label_AnEnumWithoutTitles_ReadsTheHostsTextForTheValue_ElseTheRawValue()
    {
        var data = new JsonObject { ["tool"] = "survey" };

        var withHost = Single(new RecordLabeller("vi", choice: value => value == "survey" ? "Khảo sát" : null).Label(Schema, data));
        var bare = Single(new RecordLabeller("vi").Label(Schema, data));

        Assert.Equal(("Khảo sát", RecordValueKind.Choice), (withHost.Value.Text, withHost.Value.Kind));
        Assert.Equal("survey", bare.Value.Text);
    }

    [Fact]
    public void Label_AListOfGroups_LabelsEachItemsFields_AndChoicesInNestedLists()
    {
        var data = JsonNode.Parse("""{ "members": [ { "name": "Nguyễn Văn A", "tools": ["survey"] }, { "name": "Trần Thị B" } ] }""");

        var members = Single(new RecordLabeller("vi").Label(Schema, data)).Value;

        Assert.Equal(RecordValueKind.List, members.Kind);
        Assert.Equal(2, members.Items.Count);
        var first = members.Items[0];
        Assert.Equal(RecordValueKind.Group, first.Kind);
        Assert.Equal(["Họ và tên", "Công cụ"], first.Fields.Select(f => f.Label));
        var tool = Assert.Single(first.Fields[1].Value.Items);
        Assert.Equal(("Khảo sát", "survey"), (tool.Text, tool.Raw));
        Assert.Equal(["Trần Thị B"], members.Items[1].Fields.Select(f => f.Value.Text));
    }

    [Theory]
    [InlineData("vi", true, "Có")]
    [InlineData("vi", false, "Không")]
    [InlineData("en", true, "Yes")]
    [InlineData("en", false, "No")]
    public void Label_ABoolean_ReadsAsYesOrNoInTheLanguage(string language, bool value, string expected)
    {
        var field = Single(new RecordLabeller(language).Label(Schema, new JsonObject { ["urgent"] = value }));

        Assert.Equal((RecordValueKind.Boolean, expected), (field.Value.Kind, field.Value.Text));
    }

    [Theory]
    [InlineData("vi", "signedOn", "2026-03-05", "05/03/2026")]
    [InlineData("en", "signedOn", "2026-03-05", "5 Mar 2026")]
    [InlineData("vi", "meetsAt", "2026-03-05T08:30:00+07:00", "08:30 05/03/2026")]
    [InlineData("en", "meetsAt", "2026-03-05T08:30:00+07:00", "5 Mar 2026 08:30")]
    public void Label_DatesAndTimes_ReadAsTheLanguageWritesThem_AndKeepTheRecordedValue(string language, string key, string value, string expected)
    {
        var field = Single(new RecordLabeller(language).Label(Schema, new JsonObject { [key] = value }));

        Assert.Equal((expected, value), (field.Value.Text, field.Value.Raw));
    }

    [Theory]
    [InlineData("vi", "1.250.000,5")]
    [InlineData("en", "1,250,000.5")]
    public void Label_ANumber_IsGroupedAsTheLanguageWritesIt(string language, string expected)
    {
        var field = Single(new RecordLabeller(language).Label(Schema, new JsonObject { ["amountVnd"] = 1250000.5 }));

        Assert.Equal((RecordValueKind.Number, expected), (field.Value.Kind, field.Value.Text));
    }

    [Fact]
    public void Label_WithoutASchema_ReadsTheKeys_AndTheValuesByTheirOwnKind()
    {
        var fields = new RecordLabeller("vi").Label(default, JsonNode.Parse("""{ "ok": true, "n": 3, "list": ["a"], "none": null }"""));

        Assert.Equal(["ok", "n", "list", "none"], fields.Select(f => f.Label));
        Assert.Equal([RecordValueKind.Boolean, RecordValueKind.Number, RecordValueKind.List, RecordValueKind.Empty], fields.Select(f => f.Value.Kind));
    }

    [Theory]
    [InlineData("activity-plan", true)]
    [InlineData("nowhere", false)]
    public void TheTitleConventions_AreJsonSchemaTheEngineChecksOutputsWith(string source, bool valid)
    {
        var schema = Json.Schema.JsonSchema.FromText(Schema.GetRawText());

        var result = schema.Evaluate(JsonDocument.Parse($$"""{ "source": "{{source}}", "members": [ { "tools": ["survey"] } ] }""").RootElement);

        Assert.Equal(valid, result.IsValid);
    }

    private static RecordField Single(IReadOnlyList<RecordField> fields) => Assert.Single(fields);
}
