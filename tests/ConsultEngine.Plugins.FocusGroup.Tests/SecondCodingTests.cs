using ConsultEngine.Abstractions;

namespace ConsultEngine.Plugins.FocusGroup.Tests;

public sealed class SecondCodingTests
{
    private const string Bins = "thieu-thung";
    private const string Cost = "chi-phi";

    private static string Id(int n) => $"5ec0c0de-0000-4000-8000-{n:000000000000}";

    /// <summary>Four passages coded by 'lan' (P1 bins; P2 bins, cost; P3 cost; P4 coded, then uncoded: none).</summary>
    private static async Task<FocusGroupBench> CodedAsync()
    {
        var bench = new FocusGroupBench();
        await bench.GuideAsync();
        await bench.WomenGroupAsync();
        await bench.RunAsync("record-passages", $$"""
            { "group": "phu-nu", "passages": [
              { "id": "{{Id(1)}}", "question": "kho-khan", "text": "Không có chỗ để ba thùng rác." },
              { "id": "{{Id(2)}}", "question": "kho-khan", "text": "Thiếu thùng mà túi phân loại lại đắt." },
              { "id": "{{Id(3)}}", "question": "muc-phi", "text": "Phí theo khối lượng thì nhà đông người chịu thiệt." },
              { "id": "{{Id(4)}}", "question": "de-xuat", "text": "Nên tuyên truyền nhiều hơn ở tổ dân phố." } ] }
            """);
        await bench.RunAsync("define-theme", $$"""{ "id": "{{Bins}}", "label": { "vi": "Thiếu thùng, điểm tập kết" } }""");
        await bench.RunAsync("define-theme", $$"""{ "id": "{{Cost}}", "label": { "vi": "Lo ngại chi phí" } }""");
        await Code(bench, 1, Bins);
        await Code(bench, 2, Bins, Cost);
        await Code(bench, 3, Cost);
        await Code(bench, 4, Bins);
        await bench.RunAsync("uncode", $$"""{ "inputId": "{{Id(4)}}" }""");
        return bench;
    }

    private static Task<System.Text.Json.JsonElement> Code(FocusGroupBench bench, int passage, params string[] themes) =>
        bench.RunAsync("code-passage", $$"""{ "inputId": "{{Id(passage)}}", "themes": [{{string.Join(", ", themes.Select(t => $"\"{t}\""))}}] }""");

    private static Task<System.Text.Json.JsonElement> SecondCode(FocusGroupBench bench, int passage, params string[] themes) =>
        bench.RunAsync("second-code-passage", $$"""{ "inputId": "{{Id(passage)}}", "themes": [{{string.Join(", ", themes.Select(t => $"\"{t}\""))}}] }""", actor: "minh");

    [Fact]
    public async Task SecondCode_IsKeptApart_LeavingThePassagesThemesAndShowingNothingOfTheFirstCoding()
    {
        var bench = await CodedAsync();

        var result = await bench.RunAsync("second-code-passage", $$"""{ "inputId": "{{Id(2)}}", "themes": ["{{Bins}}"] }""", actor: "minh");
        var note = await bench.Bench.Records.GetAsync("second-coding", Id(2));

        Assert.Equal([Bins, Cost], (await bench.Bench.Inputs.FindAsync(new Guid(Id(2))))!.Themes);
        Assert.Equal("minh", note!.Value.GetProperty("by").GetString());
        Assert.Equal(["inputId", "secondCoding"], result.EnumerateObject().Select(p => p.Name));
        Assert.Equal([Bins], result.GetProperty("secondCoding").EnumerateArray().Select(t => t.GetString()));
    }

    [Fact]
    public async Task SecondCode_ByThePassagesFirstCoder_IsRefused()
    {
        var bench = await CodedAsync();

        var refusal = await bench.RefusedAsync("second-code-passage", $$"""{ "inputId": "{{Id(1)}}", "themes": [] }""", actor: "lan");

        Assert.Equal(ToolCodes.NotAllowed, refusal.Code);
        Assert.Null(await bench.Bench.Records.GetAsync("second-coding", Id(1)));
    }

    [Fact]
    public async Task SecondCode_WithAThemeNotInTheCodebook_IsRefused()
    {
        var bench = await CodedAsync();

        var refusal = await bench.RefusedAsync("second-code-passage", $$"""{ "inputId": "{{Id(1)}}", "themes": ["{{Bins}}", "o-nhiem"] }""", actor: "minh");

        Assert.Equal((FocusGroupCodes.ThemeNotFound, "/themes/1"), (refusal.Code, refusal.Problems[0].Path));
    }

    /// <summary>
    /// First coding P1 bins; P2 bins, cost; P3 cost; P4 none. Second (blind): P1 bins; P2 bins; P3 cost; P4 cost.
    /// By hand: bins 2 both yes, 2 both no: p_o = 1, p_e = 0.5·0.5 + 0.5·0.5 = 0.5, κ = 1 (almost perfect).
    /// Cost: P3 both, P2 first only, P4 second only, P1 neither: p_o = 0.5, p_e = 0.5, κ = 0 (slight).
    /// Pooled: p̄_o = 0.75, p̄_e = 0.5, κ = 0.25 / 0.5 = 0.5 (moderate). Disagreements: P2 cost (first), P4 cost (second).
    /// </summary>
    [Fact]
    public async Task Analysis_ReportsTheAgreementBetweenTheCoders_AsWorkedOutByHand()
    {
        var bench = await CodedAsync();
        await SecondCode(bench, 1, Bins);
        await SecondCode(bench, 2, Bins);
        await SecondCode(bench, 3, Cost);
        await SecondCode(bench, 4, Cost);

        var analysis = await bench.Bench.AnalyseAsync();
        var agreement = analysis.CoderAgreement!;

        Assert.Equal(4, agreement.Passages);
        Assert.Equal([(Cost, 0.0, AgreementReading.Slight), (Bins, 1.0, AgreementReading.AlmostPerfect)], agreement.Themes.Select(t => (t.Theme, t.Agreement.Kappa!.Value, t.Agreement.Reading!.Value)));
        Assert.Equal((0.75, 0.5, 0.5, AgreementReading.Moderate), (agreement.Overall.ObservedAgreement, agreement.Overall.ExpectedAgreement, agreement.Overall.Kappa!.Value, agreement.Overall.Reading!.Value));
        Assert.Equal([(Id(2), Cost, WhichCoder.First), (Id(4), Cost, WhichCoder.Second)], agreement.Disagreements.Select(d => (d.PassageId, d.Theme, d.SaidYes)));
        Assert.Equal([4, 0.5], analysis.Figures.Where(f => f.Name is "second-coded" or "coder-kappa").Select(f => f.Value));
    }

    [Fact]
    public async Task Analysis_WithoutASecondCoding_HasNoAgreement_AndOnlyComparesPassagesBothCoded()
    {
        var bench = await CodedAsync();
        var before = await bench.Bench.AnalyseAsync();
        await bench.RunAsync("record-passages", $$"""{ "group": "phu-nu", "passages": [ { "id": "{{Id(5)}}", "question": "de-xuat", "text": "Cần thêm xe thu gom buổi tối." } ] }""");
        await SecondCode(bench, 5, Bins);
        await SecondCode(bench, 1, Bins);

        var after = (await bench.Bench.AnalyseAsync()).CoderAgreement!;

        Assert.Null(before.CoderAgreement);
        // P1 is compared; P2–P4 have only the first coding, P5 only the second.
        Assert.Equal((1, 3, 1), (after.Passages, after.FirstOnlyPassages, after.SecondOnlyPassages));
    }
}
