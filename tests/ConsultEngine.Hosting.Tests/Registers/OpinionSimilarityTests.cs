using ConsultEngine.Hosting.Registers;

namespace ConsultEngine.Hosting.Tests.Registers;

public sealed class OpinionSimilarityTests
{
    [Fact]
    public void Normalise_DropsCasePunctuationAndExtraSpaces_ButKeepsDiacritics()
    {
        Assert.Equal("đề nghị giảm phí gửi xe", OpinionSimilarity.Normalise("  Đề nghị   GIẢM phí, gửi xe!! "));
        Assert.NotEqual(OpinionSimilarity.Normalise("mua"), OpinionSimilarity.Normalise("múa"));
    }

    [Fact]
    public void Suggest_GroupsIdenticalAndNearIdenticalOpinions_AndLeavesOthersAlone()
    {
        var groups = OpinionSimilarity.Suggest(
        [
            ("a", "Đề nghị giảm phí gửi xe tại bệnh viện."),
            ("b", "đề nghị giảm phí gửi xe tại bệnh viện"),
            ("c", "Cần thêm chỗ để xe cho người khuyết tật."),
            ("d", "Đề nghị giảm phí gửi xe tại bệnh viện tỉnh."),
        ]);

        var group = Assert.Single(groups);
        Assert.Equal(["a", "b", "d"], group.OpinionIds);
        Assert.False(group.Identical);
        Assert.InRange(group.LowestSimilarity, OpinionSimilarity.DefaultThreshold, 0.99);
    }

    [Fact]
    public void Suggest_MarksAGroupOfTheSameNormalisedText_AsIdentical()
    {
        var group = Assert.Single(OpinionSimilarity.Suggest([("a", "Giữ nguyên mức phí."), ("b", "giữ nguyên mức phí")]));

        Assert.True(group.Identical);
        Assert.Equal(1.0, group.LowestSimilarity);
    }

    [Fact]
    public void Jaccard_IsSharedWordsOverAllWords() =>
        Assert.Equal(0.5, OpinionSimilarity.Jaccard("giảm phí gửi xe", "giảm phí"), 6);
}
