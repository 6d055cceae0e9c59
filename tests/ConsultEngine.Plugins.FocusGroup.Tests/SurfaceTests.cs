using ConsultEngine.Abstractions;

namespace ConsultEngine.Plugins.FocusGroup.Tests;

public sealed class SurfaceTests
{
    [Fact]
    public async Task PublicSurface_IsNone_TheFocusGroupIsStaffOnly()
    {
        var bench = new FocusGroupBench();
        var surfaces = Assert.IsAssignableFrom<IToolSurfaces>(bench.Bench.Tool);
        Assert.Null(await surfaces.DescribePublicAsync(bench.Bench.Context(actor: null), CancellationToken.None));
    }

    [Theory]
    [InlineData("main")]
    [InlineData("record-passages")]
    public async Task Evaluate_AnyForm_IsRefusedUnknownForm(string form)
    {
        var bench = new FocusGroupBench();
        var surfaces = Assert.IsAssignableFrom<IToolSurfaces>(bench.Bench.Tool);
        var refusal = await Assert.ThrowsAsync<ToolException>(async () =>
            await surfaces.EvaluateAsync(bench.Bench.Context(), form, Testing.Tools.ToolTestBench.Parse("{}"), CancellationToken.None));
        Assert.Equal(ToolCodes.UnknownForm, refusal.Code);
    }

    [Fact]
    public async Task StaffSurface_CarriesTheAnalysisViewsWithTheFocusGroupsFigures()
    {
        var bench = await AnalysisData.BuildAsync();
        var surfaces = Assert.IsAssignableFrom<IToolSurfaces>(bench.Bench.Tool);
        var staff = await surfaces.DescribeStaffAsync(bench.Bench.Context(), CancellationToken.None);

        var basis = Assert.IsType<FiguresView>(staff.Results.Single(r => r.Id == "basis"));
        Assert.Equal(14, basis.Figures.Single(f => f.Name == "counted").Value);
        Assert.Equal(3, basis.Figures.Single(f => f.Name == "groups-held").Value);
        Assert.Equal(12, basis.Figures.Single(f => f.Name == "passages-coded").Value);
        Assert.IsType<SharesView>(staff.Results.Single(r => r.Id == "question-group"));
        Assert.IsType<ThemesView>(staff.Results.Single(r => r.Id == "themes"));
        Assert.Empty(staff.Forms);
    }
}
