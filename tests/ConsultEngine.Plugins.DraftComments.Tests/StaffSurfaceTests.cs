using ConsultEngine.Abstractions;

namespace ConsultEngine.Plugins.DraftComments.Tests;

/// <summary>What staff see of a draft-comments step: stances per article, the shared analysis views, the paper sheet.</summary>
public sealed class StaffSurfaceTests
{
    [Fact]
    public async Task Results_StartWithTheStancesPerArticle_ThenTheSharedViews()
    {
        var bench = DraftBench.New();
        await bench.SubmitAsync(DraftBench.Comment("dieu-2", "Quá cao", "disagree"));
        await bench.SubmitAsync(DraftBench.Comment("dieu-2", "Hợp lý", "agree"));
        await bench.SubmitAsync(DraftBench.Comment("dieu-2", "Giảm ban đêm", "propose-wording", "Xe máy: 6.000 đồng/lượt ban đêm."));
        await bench.SubmitAsync(DraftBench.Comment("draft", "Không nêu ý kiến"));

        var staff = await DraftBench.Tool.DescribeStaffAsync(bench.Context(), CancellationToken.None);

        var table = Assert.IsType<TableView>(staff.Results[0]);
        Assert.Equal(["Điều", "Đồng ý", "Không đồng ý", "Đề xuất sửa", "Số góp ý"], table.Columns.Select(c => c.Vi));
        string[][] expected =
        [
            ["Điều 1. Phạm vi điều chỉnh", "0", "0", "0", "0"],
            ["Điều 2. Mức thu", "1", "1", "1", "3"],
            ["Điều 3. Hiệu lực thi hành", "0", "0", "0", "0"],
            ["Toàn bộ dự thảo", "0", "0", "0", "1"],
        ];
        Assert.Equal(expected, table.Rows.Select(r => r.Select(c => c.Vi).ToArray()));
        Assert.Contains(staff.Results, v => v is SharesView { Id: "question-stance-dieu-2", Answered: 3 });
        Assert.Contains(staff.Results, v => v is FiguresView { Id: "basis" });
    }

    [Fact]
    public async Task Forms_OfferThePaperSheet_WithEveryArticleAndTheWholeDraft()
    {
        var staff = await DraftBench.Tool.DescribeStaffAsync(DraftBench.New().Context(), CancellationToken.None);

        var paper = Assert.Single(staff.Forms);
        Assert.Equal("paper", paper.Id);
        Assert.Equal(["dieu-1", "dieu-2", "dieu-3", "draft"], paper.Fields[0].Choices.Select(c => c.Value));
        var evaluation = await DraftBench.Tool.EvaluateAsync(DraftBench.New().Context(), "paper", DraftBench.Body("""{ "text": "x", "answers": { "stance": "agree" } }"""), CancellationToken.None);
        Assert.Equal("CE9701", Assert.Single(evaluation.Problems).Code);
    }
}
