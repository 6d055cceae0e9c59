using System.Text.Json;

namespace ConsultEngine.Abstractions.Tests;

public sealed class AnalysisFigureTests
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    [Fact]
    public void AnUndefinedFigure_IsWrittenAsNull_AndReadBack()
    {
        var figure = new AnalysisFigure("itemCompletionRate", new LocalText("Tỷ lệ", "Rate"), null);

        var json = JsonSerializer.Serialize(figure, Web);

        Assert.Contains("\"value\":null", json, StringComparison.Ordinal);
        Assert.Equal(figure, JsonSerializer.Deserialize<AnalysisFigure>(json, Web));
    }

    [Fact]
    public void AFigureKeptBeforeValuesCouldBeUndefined_IsReadWithItsValue()
    {
        var kept = """{ "name": "registered", "label": { "vi": "Đã đăng ký", "en": "Registered" }, "value": 12 }""";

        Assert.Equal(new AnalysisFigure("registered", new LocalText("Đã đăng ký", "Registered"), 12), JsonSerializer.Deserialize<AnalysisFigure>(kept, Web));
    }
}
