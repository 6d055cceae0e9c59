using ConsultEngine.Hosting.Registers;
using ConsultEngine.Persistence.Registers;
using ConsultEngine.Reporting.Reports;

namespace ConsultEngine.Reporting.Tests.Demo;

/// <summary><see cref="IConsultationRegisters.RecordDispositionsAsync"/>, which the example records its dispositions with.</summary>
[Collection(SharedDemo.Name)]
public sealed class DemoRegisterBatchTests(DemoReport demo)
{
    [Fact]
    public async Task ABatchNamingAnUnknownOpinion_IsRefusedWithCE8702_AndWritesNothing()
    {
        var opinion = (await demo.Registers.EntriesAsync(demo.InstanceId))[0].Opinion.Id;
        var before = await demo.Registers.DispositionHistoryAsync(demo.InstanceId, opinion);

        var refused = await Assert.ThrowsAsync<RegisterException>(() => demo.Registers.RecordDispositionsAsync(demo.InstanceId,
            [
                new DispositionRequest([opinion], new DispositionEntry(DispositionKind.TakenUp, "Tiếp thu.")),
                new DispositionRequest(["khong-co-y-kien-nay"], new DispositionEntry(DispositionKind.TakenUp, "Tiếp thu.")),
            ],
            "nhom-cong-tac"));

        Assert.Equal(RegisterCodes.OpinionNotFound, refused.Code);
        Assert.Equal(before.Count, (await demo.Registers.DispositionHistoryAsync(demo.InstanceId, opinion)).Count);
    }

    [Fact]
    public async Task TheExamplesGroups_AreNumberedInTurn_FromNH01()
    {
        var groups = (await demo.Registers.EntriesAsync(demo.InstanceId))
            .Select(e => e.Disposition?.Entry.GroupId)
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.NotEmpty(groups);
        Assert.Equal(Enumerable.Range(1, groups.Count).Select(n => $"NH-{n:00}"), groups);
    }

    [Fact]
    public async Task NoExplanation_RepeatsTheLabelOfItsDisposition_WhichTheRegisterPrintsBeforeIt()
    {
        var explained = (await demo.Registers.EntriesAsync(demo.InstanceId))
            .Select(e => e.Disposition?.Entry)
            .OfType<DispositionEntry>()
            .Where(d => d.Explanation is { Length: > 0 })
            .ToList();

        Assert.NotEmpty(explained);
        // The register and the portal write "<label>: <explanation>"; "Tiếp thu: Tiếp thu: ..." read twice.
        Assert.DoesNotContain(explained, d => Enum.GetValues<DispositionKind>()
            .Any(kind => d.Explanation!.StartsWith(DispositionText.Of(kind, "vi"), StringComparison.OrdinalIgnoreCase)));
    }
}
