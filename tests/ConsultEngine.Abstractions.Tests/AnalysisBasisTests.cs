using FsCheck;
using FsCheck.Xunit;
using static ConsultEngine.Abstractions.Tests.Inputs;

namespace ConsultEngine.Abstractions.Tests;

public sealed class AnalysisBasisTests
{
    private static readonly QuestionSpec Choice = new("q", QuestionShape.SingleChoice);

    private static readonly ConsultationInput[] Mixed =
    [
        Input("""{ "q": "a" }"""),
        Input("""{ "q": "a" }""", flags: InputMarks.Pilot),
        Input("""{ "q": "b" }""", flags: InputMarks.Duplicate),
        Input("""{ "q": "b" }""", flags: InputMarks.Pilot | InputMarks.Duplicate),
        Input("""{ "q": "b" }""", flags: InputMarks.Withdrawn),
        Input("""{ "q": "b" }""", flags: InputMarks.Withdrawn | InputMarks.Pilot | InputMarks.Duplicate),
    ];

    [Fact]
    public void ByDefault_PilotDuplicateAndWithdrawnInputsAreLeftOut_EachCountedUnderOneReason()
    {
        var analysis = InputAnalyzer.Analyse("test", "step", Mixed, [Choice]);

        Assert.Equal(6, analysis.Basis.Stored);
        Assert.Equal(1, analysis.Basis.Counted);
        Assert.Equal(2, analysis.Basis.ExcludedWithdrawn);
        // The pilot duplicate is excluded as pilot only.
        Assert.Equal(2, analysis.Basis.ExcludedPilot);
        Assert.Equal(1, analysis.Basis.ExcludedDuplicate);
        Assert.Equal(1, analysis.Questions[0].Answered);
    }

    [Fact]
    public void IncludePilot_CountsPilotInputs_AndAPilotDuplicateIsThenExcludedAsADuplicate()
    {
        var analysis = InputAnalyzer.Analyse("test", "step", Mixed, [Choice], new AnalysisOptions { IncludePilot = true });

        Assert.Equal((2, 0, 2, 2), (analysis.Basis.Counted, analysis.Basis.ExcludedPilot, analysis.Basis.ExcludedDuplicate, analysis.Basis.ExcludedWithdrawn));
    }

    [Fact]
    public void IncludeDuplicates_CountsDuplicates_ButNotPilotOnes()
    {
        var analysis = InputAnalyzer.Analyse("test", "step", Mixed, [Choice], new AnalysisOptions { IncludeDuplicates = true });

        Assert.Equal((2, 2, 0, 2), (analysis.Basis.Counted, analysis.Basis.ExcludedPilot, analysis.Basis.ExcludedDuplicate, analysis.Basis.ExcludedWithdrawn));
    }

    [Fact]
    public void IncludingEverything_StillLeavesOutWithdrawnInputs()
    {
        var options = new AnalysisOptions { IncludePilot = true, IncludeDuplicates = true };

        var analysis = InputAnalyzer.Analyse("test", "step", Mixed, [Choice], options);

        Assert.Equal(4, analysis.Basis.Counted);
        Assert.Equal(InputMarks.Withdrawn, options.Query.ExcludeFlags);
        Assert.Equal(InputQuery.Counted.ExcludeFlags, AnalysisOptions.Default.Query.ExcludeFlags);
    }

    [Fact]
    public void People_AreDistinctUniqueKeys_PlusOneForEachInputWithoutOne()
    {
        ConsultationInput[] inputs = [Input(uniqueKey: "k1"), Input(uniqueKey: "k1"), Input(uniqueKey: "k2"), Input(), Input(), Input(uniqueKey: "k3", flags: InputMarks.Withdrawn)];

        Assert.Equal(4, InputAnalyzer.Analyse("test", "step", inputs, []).Basis.People);
    }

    /// <summary>Whatever the flags and options, every stored input is either counted or excluded for exactly one reason.</summary>
    [Property(MaxTest = 300)]
    public bool EveryStoredInput_IsCountedOrExcludedOnce(byte[] flags, bool includePilot, bool includeDuplicates)
    {
        var inputs = (flags ?? []).Select(f => Input(flags: (InputMarks)(f & 7))).ToList();
        var options = new AnalysisOptions { IncludePilot = includePilot, IncludeDuplicates = includeDuplicates };

        var basis = InputAnalyzer.Analyse("test", "step", inputs, [], options).Basis;

        return basis.Stored == inputs.Count
            && basis.Counted == inputs.Count(options.Query.Matches)
            && basis.Stored == basis.Counted + basis.ExcludedPilot + basis.ExcludedDuplicate + basis.ExcludedWithdrawn;
    }
}
