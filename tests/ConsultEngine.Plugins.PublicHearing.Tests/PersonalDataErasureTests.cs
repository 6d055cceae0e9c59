using ConsultEngine.Abstractions;

namespace ConsultEngine.Plugins.PublicHearing.Tests;

/// <summary>Past retention the hearing's own records lose who registered and spoke, and keep how many did.</summary>
public sealed class PersonalDataErasureTests
{
    [Fact]
    public async Task Erasure_DropsDisplayNamesPhoneHashesAndAttributes_KeepsTheRoster_AndChangesNothingTheSecondTime()
    {
        var bench = await HearingBench.WithSessionAsync(capacity: 1);
        await HearingBench.RegisterAsync(bench, "Nguyễn Thị Minh Khai", "+84 935 246 810", respondent: """{ "commune": "Sơn Trà", "gender": "nữ" }""");
        await HearingBench.RegisterAsync(bench, "Hoàng Văn Thụ", "0935 135 791");
        var tool = Assert.IsAssignableFrom<IErasesPersonalData>(bench.Tool);

        var first = await tool.ErasePersonalDataAsync(bench.Context(), CancellationToken.None);
        var second = await tool.ErasePersonalDataAsync(bench.Context(), CancellationToken.None);

        Assert.Equal((1, 0), (first, second));
        var stored = BenchDump.Everything(bench);
        Assert.DoesNotContain("N. T. M. Khai", stored, StringComparison.Ordinal);
        Assert.DoesNotContain("Sơn Trà", stored, StringComparison.Ordinal);
        Assert.DoesNotContain(bench.Identifiers.Hash("public-hearing:phone", "0935246810"), stored, StringComparison.Ordinal);
        Assert.Contains("hai-chau-002", stored, StringComparison.Ordinal);
    }
}
