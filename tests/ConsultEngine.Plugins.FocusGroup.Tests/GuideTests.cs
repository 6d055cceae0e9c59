namespace ConsultEngine.Plugins.FocusGroup.Tests;

public sealed class GuideTests
{
    private static List<string> Ids(System.Text.Json.JsonElement guide) =>
        [.. guide.GetProperty("questions").EnumerateArray().Select(q => q.GetProperty("id").GetString()!)];

    [Fact]
    public async Task SetGuide_KeepsTheQuestionsInTheGivenOrder_WithPositionsAndProbes()
    {
        var bench = new FocusGroupBench();
        await bench.GuideAsync();

        var guide = await bench.RunAsync("get-guide", "{}");

        Assert.Equal(["thoi-quen", "kho-khan", "muc-phi", "de-xuat"], Ids(guide));
        Assert.Equal([1, 2, 3, 4], guide.GetProperty("questions").EnumerateArray().Select(q => q.GetProperty("position").GetInt32()));
        var first = guide.GetProperty("questions")[0];
        Assert.Equal("Is it sorted? Into how many kinds?", first.GetProperty("probes")[0].GetProperty("en").GetString());
    }

    [Fact]
    public async Task SetGuide_WithoutEnglish_ShowsTheVietnameseInItsPlace()
    {
        var bench = new FocusGroupBench();

        var guide = await bench.RunAsync("set-guide", """{ "questions": [ { "id": "q1", "text": { "vi": "Câu hỏi một" } } ] }""");

        Assert.Equal("Câu hỏi một", guide.GetProperty("questions")[0].GetProperty("text").GetProperty("en").GetString());
    }

    [Fact]
    public async Task ReorderGuide_PutsTheQuestionsInTheNewOrder()
    {
        var bench = new FocusGroupBench();
        await bench.GuideAsync();

        var guide = await bench.RunAsync("reorder-guide", """{ "order": ["de-xuat", "thoi-quen", "muc-phi", "kho-khan"] }""");

        Assert.Equal(["de-xuat", "thoi-quen", "muc-phi", "kho-khan"], Ids(guide));
        Assert.Equal(Ids(guide), Ids(await bench.RunAsync("get-guide", "{}")));
    }

    [Theory]
    [InlineData("""{ "order": ["de-xuat", "thoi-quen", "muc-phi"] }""")]
    [InlineData("""{ "order": ["de-xuat", "thoi-quen", "muc-phi", "muc-phi"] }""")]
    public async Task ReorderGuide_ThatDoesNotNameEachQuestionOnce_IsRefused(string payload)
    {
        var bench = new FocusGroupBench();
        await bench.GuideAsync();

        var refusal = await bench.RefusedAsync("reorder-guide", payload);

        Assert.Equal(FocusGroupCodes.GuideOrderInvalid, refusal.Code);
        Assert.Equal(["thoi-quen", "kho-khan", "muc-phi", "de-xuat"], Ids(await bench.RunAsync("get-guide", "{}")));
    }

    [Fact]
    public async Task ReorderGuide_NamingAnUnknownQuestion_IsRefused()
    {
        var bench = new FocusGroupBench();
        await bench.GuideAsync();

        var refusal = await bench.RefusedAsync("reorder-guide", """{ "order": ["de-xuat", "thoi-quen", "muc-phi", "gia-dien"] }""");

        Assert.Equal(FocusGroupCodes.GuideQuestionNotFound, refusal.Code);
        Assert.Equal("/order/3", refusal.Problems[0].Path);
    }

    [Fact]
    public async Task SetGuide_WithTwoQuestionsOfOneId_IsRefused()
    {
        var bench = new FocusGroupBench();

        var refusal = await bench.RefusedAsync("set-guide", """{ "questions": [ { "id": "q1", "text": { "vi": "Một" } }, { "id": "q1", "text": { "vi": "Hai" } } ] }""");

        Assert.Equal(FocusGroupCodes.GuideQuestionDuplicate, refusal.Code);
        Assert.Equal("/questions/1/id", refusal.Problems[0].Path);
    }

    [Fact]
    public async Task SetGuide_DroppingAQuestionWithPassages_IsRefused_ButRewordingItIsNot()
    {
        var bench = new FocusGroupBench();
        await bench.GuideAsync();
        await bench.WomenGroupAsync();
        await bench.RunAsync("record-passages", """{ "group": "phu-nu", "passages": [ { "question": "kho-khan", "text": "Không có chỗ để thùng rác." } ] }""");

        var refusal = await bench.RefusedAsync("set-guide", """{ "questions": [ { "id": "thoi-quen", "text": { "vi": "Một" } } ] }""");
        var reworded = await bench.RunAsync("set-guide", """{ "questions": [ { "id": "kho-khan", "text": { "vi": "Điều gì làm việc phân loại rác khó khăn?" } } ] }""");

        Assert.Equal(FocusGroupCodes.GuideQuestionInUse, refusal.Code);
        Assert.Equal(["kho-khan"], Ids(reworded));
    }
}
