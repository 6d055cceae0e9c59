using ConsultEngine.Abstractions;
using ConsultEngine.Testing.Tools;
using Snapshooter.Xunit;

namespace ConsultEngine.Plugins.FocusGroup.Tests;

public sealed class AnalysisTests
{
    private static double Figure(ToolAnalysis analysis, string name) => (double)analysis.Figures.Single(f => f.Name == name).Value!;

    [Fact]
    public async Task Analysis_OfTheFixedDataSet_MatchesItsSnapshot()
    {
        var bench = await AnalysisData.BuildAsync();

        var analysis = await bench.Bench.AnalyseAsync(new AnalysisOptions { CrossTabBy = ["gender", "ageBand"] });

        Snapshot.Match(ToolTestBench.ToJson(analysis));
    }

    [Fact]
    public async Task Analysis_BeforeAnyGroupMet_LeavesItsSharesUndefined_NotZero()
    {
        var bench = new FocusGroupBench();
        await bench.GuideAsync();
        await bench.WomenGroupAsync();

        var analysis = await bench.Bench.AnalyseAsync();

        // No passage yet: no share of passages coded, no coverage of the guide; "—" on the pages, not 0 %.
        Assert.Equal(0, Figure(analysis, "passages"));
        Assert.Null(analysis.Figures.Single(f => f.Name == "coded-share").Value);
        Assert.Null(analysis.Figures.Single(f => f.Name == "guide-coverage").Value);
        Assert.Equal(1, Figure(analysis, "groups-defined"));
    }

    [Fact]
    public async Task Analysis_LeavesOutPilotAndDuplicatePassagesByDefault()
    {
        var bench = await AnalysisData.BuildAsync();

        var analysis = await bench.Bench.AnalyseAsync();

        Assert.Equal(16, analysis.Basis.Stored);
        Assert.Equal(14, analysis.Basis.Counted);
        Assert.Equal(1, analysis.Basis.ExcludedPilot);
        Assert.Equal(1, analysis.Basis.ExcludedDuplicate);
        Assert.Equal(8, analysis.Basis.People);
        Assert.Equal(3, Figure(analysis, "groups-held"));
        Assert.Equal(8, Figure(analysis, "participants"));
        Assert.Equal(14, Figure(analysis, "passages"));
        Assert.Equal(12, Figure(analysis, "passages-coded"));
        Assert.Equal(0.8571, Figure(analysis, "coded-share"));
        Assert.Equal(1, Figure(analysis, "guide-coverage"));
        Assert.Equal([AnalysisData.Id(10), AnalysisData.Id(11)], analysis.Uncoded.Select(p => p.InputId.ToString()));
        Assert.DoesNotContain(analysis.Themes.SelectMany(t => t.Passages), p => p.InputId == new Guid(AnalysisData.Id(14)) || p.InputId == new Guid(AnalysisData.Id(16)));
    }

    [Fact]
    public async Task Analysis_CountsPassagesPerGuideQuestionInGuideOrder()
    {
        var bench = await AnalysisData.BuildAsync();

        var analysis = await bench.Bench.AnalyseAsync();
        var perQuestion = analysis.Questions.Single(q => q.Id == "guideQuestion");

        Assert.Equal(14, perQuestion.Answered);
        Assert.Equal([("thoi-quen", 3), ("kho-khan", 4), ("muc-phi", 3), ("de-xuat", 4)], perQuestion.Options.Select(o => (o.Value, o.Count)));
    }

    [Fact]
    public async Task Analysis_CrossTabulatesThemesByRespondentAttribute()
    {
        var bench = await AnalysisData.BuildAsync();

        var analysis = await bench.Bench.AnalyseAsync(new AnalysisOptions { CrossTabBy = ["ageBand"] });
        var crossTab = Assert.Single(analysis.CrossTabs);
        var young = crossTab.Rows.Single(r => r.AttributeValue == "18-29");

        Assert.Equal("themes", crossTab.QuestionId);
        // TN-01 (2 coded passages), TN-02 (1 of 2 coded), TN-03 (1): 4 coded passages of 18-29 speakers.
        Assert.Equal(4, young.Answered);
        Assert.Equal(2, young.Options.Single(o => o.Value == "lich-thu-gom").Count);
        Assert.Equal(0.5, young.Options.Single(o => o.Value == "lich-thu-gom").Share);
    }

    [Fact]
    public async Task Analysis_WithPilotIncluded_CountsThePilotGroup()
    {
        var bench = await AnalysisData.BuildAsync();

        var analysis = await bench.Bench.AnalyseAsync(new AnalysisOptions { IncludePilot = true });

        Assert.Equal(15, analysis.Basis.Counted);
        Assert.Equal(4, Figure(analysis, "groups-held"));
        Assert.Equal(4, Figure(analysis, "groups-defined"));
    }

    [Fact]
    public async Task Coverage_ShowsWhichGuideQuestionsEachGroupDiscussed()
    {
        var bench = await AnalysisData.BuildAsync();

        var coverage = await bench.RunAsync("coverage", "{}");

        Snapshot.Match(ToolTestBench.ToJson(coverage));
    }
}
