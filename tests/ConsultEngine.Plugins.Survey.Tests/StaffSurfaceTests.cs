using ConsultEngine.Abstractions;
using ConsultEngine.Testing.Tools;

namespace ConsultEngine.Plugins.Survey.Tests;

public sealed class StaffSurfaceTests
{
    private static async Task<StaffSurface> StaffAsync(ToolTestBench bench) =>
        await ((IToolSurfaces)bench.Tool).DescribeStaffAsync(bench.Context("staff"), CancellationToken.None);

    [Fact]
    public async Task TheEntryForm_HasTheQuestions_TheSheetsComment_AndTheRespondentsAttributes()
    {
        var bench = await Support.BenchAsync("""{ "quotas": { "occupation": { "farmer": 10 } } }""");

        var form = Assert.Single((await StaffAsync(bench)).Forms);

        Assert.Equal(("entry", FormTarget.Submission), (form.Id, form.Target));
        Assert.Equal("/answers/ward", form.Fields[0].Path);
        Assert.Equal(
            ["/text", "/respondent/commune", "/respondent/gender", "/respondent/ageBand", "/respondent/ethnicity", "/respondent/occupation"],
            form.Fields.Skip(11).Select(f => f.Path));
        Assert.Empty(form.Pages);
    }

    [Fact]
    public async Task WithoutEnumeratorAndPaperChannels_ThereIsNoEntryForm()
    {
        var bench = await Support.BenchAsync("""{ "channels": ["web"] }""");

        Assert.Empty((await StaffAsync(bench)).Forms);
    }

    [Fact]
    public async Task Results_AreTheSharedViews_ThenTheCrossTabsWithTheirChiSquareTest()
    {
        var bench = await Support.BenchAsync();
        string[] genders = ["female", "male"];
        for (var i = 0; i < 40; i++)
        {
            var support = i % 2 == 0 ? (i % 4 == 0 ? "5" : "4") : (i % 3 == 0 ? "1" : "2");
            var answers = Support.With(Support.Minimal, "fare_support", $"\"{support}\"");
            var submitted = await bench.SubmitAsync(answers, InputChannel.Enumerator, new RespondentAttributes { Gender = genders[i % 2] }, actor: "dtv.an");
            Assert.True(submitted.Accepted);
        }

        var results = (await StaffAsync(bench)).Results;
        var shared = AnalysisViews.From(await bench.AnalyseAsync());

        Assert.Equal(shared.Select(v => v.Id), results.Take(shared.Count).Select(v => v.Id));
        var table = Assert.IsType<TableView>(results.Single(v => v.Id == "crosstab-fare_support-gender"));
        Assert.Equal(["female", "male"], table.Rows.Select(r => r[0].Vi).Order(StringComparer.Ordinal));
        Assert.StartsWith("χ² test: χ² = ", table.Note!.En, StringComparison.Ordinal);
        Assert.Contains("p < 0.0001", table.Note.En, StringComparison.Ordinal);
    }
}
