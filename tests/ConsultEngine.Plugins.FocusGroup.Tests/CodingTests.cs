using ConsultEngine.Abstractions;

namespace ConsultEngine.Plugins.FocusGroup.Tests;

public sealed class CodingTests
{
    private const string First = "0b7e2c44-0000-4000-8000-000000000001";
    private const string Second = "0b7e2c44-0000-4000-8000-000000000002";

    private static async Task<FocusGroupBench> ReadyAsync()
    {
        var bench = new FocusGroupBench();
        await bench.GuideAsync();
        await bench.WomenGroupAsync();
        await bench.RunAsync("record-passages", $$"""
            { "group": "phu-nu", "passages": [
              { "id": "{{First}}", "question": "kho-khan", "text": "Nhà chật, không có chỗ để ba thùng rác." },
              { "id": "{{Second}}", "question": "kho-khan", "text": "Nhà tôi chật lắm, không để được ba thùng." } ] }
            """);
        await bench.RunAsync("define-theme", """{ "id": "thieu-thung", "label": { "vi": "Thiếu thùng, điểm tập kết", "en": "Too few bins and collection points" } }""");
        await bench.RunAsync("define-theme", """{ "id": "chi-phi", "label": { "vi": "Lo ngại chi phí", "en": "Worry about cost" }, "description": { "vi": "Phí, giá túi, thùng rác" } }""");
        return bench;
    }

    private static async Task<IReadOnlyList<string>> ThemesOf(FocusGroupBench bench, string id) =>
        (await bench.Bench.Inputs.FindAsync(new Guid(id)))!.Themes;

    [Fact]
    public async Task CodePassage_SetsItsThemes_AndRecordsTheCoder()
    {
        var bench = await ReadyAsync();

        await bench.RunAsync("code-passage", $$"""{ "inputId": "{{First}}", "themes": ["thieu-thung", "chi-phi"] }""", actor: "to-cong-tac");
        await bench.RunAsync("code-passage", $$"""{ "inputId": "{{First}}", "themes": ["thieu-thung"] }""", actor: "to-cong-tac");
        var note = await bench.Bench.Records.GetAsync("coding", First);

        Assert.Equal(["thieu-thung"], await ThemesOf(bench, First));
        Assert.Equal("to-cong-tac", note!.Value.GetProperty("by").GetString());
    }

    [Fact]
    public async Task CodePassage_WithAThemeNotInTheCodebook_IsRefused()
    {
        var bench = await ReadyAsync();

        var refusal = await bench.RefusedAsync("code-passage", $$"""{ "inputId": "{{First}}", "themes": ["thieu-thung", "o-nhiem"] }""");

        Assert.Equal(FocusGroupCodes.ThemeNotFound, refusal.Code);
        Assert.Equal("/themes/1", refusal.Problems[0].Path);
        Assert.Empty(await ThemesOf(bench, First));
    }

    [Fact]
    public async Task CodePassage_OfAnInputNotOfTheStep_IsRefused()
    {
        var bench = await ReadyAsync();

        var refusal = await bench.RefusedAsync("code-passage", """{ "inputId": "0b7e2c44-0000-4000-8000-0000000000ff", "themes": ["thieu-thung"] }""");

        Assert.Equal(ToolCodes.InputNotFound, refusal.Code);
        Assert.Equal("/inputId", refusal.Problems[0].Path);
    }

    [Fact]
    public async Task Uncode_RemovesTheListedThemes_OrAllOfThem()
    {
        var bench = await ReadyAsync();
        await bench.RunAsync("code-passage", $$"""{ "inputId": "{{First}}", "themes": ["thieu-thung", "chi-phi"] }""");
        await bench.RunAsync("code-passage", $$"""{ "inputId": "{{Second}}", "themes": ["thieu-thung", "chi-phi"] }""");

        await bench.RunAsync("uncode", $$"""{ "inputId": "{{First}}", "themes": ["chi-phi"] }""");
        await bench.RunAsync("uncode", $$"""{ "inputId": "{{Second}}" }""");
        var unknown = await bench.RefusedAsync("uncode", $$"""{ "inputId": "{{First}}", "themes": ["o-nhiem"] }""");

        Assert.Equal(["thieu-thung"], await ThemesOf(bench, First));
        Assert.Empty(await ThemesOf(bench, Second));
        Assert.Equal(FocusGroupCodes.ThemeNotFound, unknown.Code);
    }

    [Fact]
    public async Task RemoveTheme_InUse_IsRefused_Unused_IsRemoved()
    {
        var bench = await ReadyAsync();
        await bench.RunAsync("code-passage", $$"""{ "inputId": "{{First}}", "themes": ["thieu-thung"] }""");

        var refusal = await bench.RefusedAsync("remove-theme", """{ "id": "thieu-thung" }""");
        await bench.RunAsync("remove-theme", """{ "id": "chi-phi" }""");
        var gone = await bench.RefusedAsync("remove-theme", """{ "id": "chi-phi" }""");
        var codebook = await bench.RunAsync("get-codebook", "{}");

        Assert.Equal(FocusGroupCodes.ThemeInUse, refusal.Code);
        Assert.Equal(FocusGroupCodes.ThemeNotFound, gone.Code);
        var theme = Assert.Single(codebook.GetProperty("themes").EnumerateArray());
        Assert.Equal(1, theme.GetProperty("passages").GetInt32());
    }

    [Fact]
    public async Task MarkDuplicate_FlagsThePassage_AndCanBeCleared()
    {
        var bench = await ReadyAsync();

        await bench.RunAsync("mark-duplicate", $$"""{ "inputId": "{{Second}}", "of": "{{First}}" }""");
        var marked = await bench.Bench.Inputs.FindAsync(new Guid(Second));
        var note = await bench.Bench.Records.GetAsync("duplicates", Second);
        await bench.RunAsync("mark-duplicate", $$"""{ "inputId": "{{Second}}", "duplicate": false }""");
        var cleared = await bench.Bench.Inputs.FindAsync(new Guid(Second));

        Assert.True(marked!.Is(InputMarks.Duplicate));
        Assert.Equal(First, note!.Value.GetProperty("of").GetString());
        Assert.False(cleared!.Is(InputMarks.Duplicate));
        Assert.Null(await bench.Bench.Records.GetAsync("duplicates", Second));
    }

    [Fact]
    public async Task MarkDuplicate_OfItself_OrOfAnUnknownPassage_IsRefused()
    {
        var bench = await ReadyAsync();

        var itself = await bench.RefusedAsync("mark-duplicate", $$"""{ "inputId": "{{First}}", "of": "{{First}}" }""");
        var unknown = await bench.RefusedAsync("mark-duplicate", $$"""{ "inputId": "{{First}}", "of": "0b7e2c44-0000-4000-8000-0000000000ff" }""");

        Assert.Equal(FocusGroupCodes.DuplicateOfItself, itself.Code);
        Assert.Equal(ToolCodes.InputNotFound, unknown.Code);
        Assert.Equal("/of", unknown.Problems[0].Path);
    }
}
