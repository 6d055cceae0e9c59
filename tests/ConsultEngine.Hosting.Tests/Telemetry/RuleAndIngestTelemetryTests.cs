using ConsultEngine.Abstractions;
using ConsultEngine.Definitions;
using ConsultEngine.Persistence.Telemetry;
using ConsultEngine.Persistence.Tools;
using ConsultEngine.Rules;
using ConsultEngine.Rules.Telemetry;

namespace ConsultEngine.Hosting.Tests.Telemetry;

/// <summary>The rules' meter (evaluations by kind, faults by code) and the writer's source and meter (group commits).</summary>
[Collection(TelemetryTestGroup.Name)]
public sealed class RuleAndIngestTelemetryTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "consult-tests", Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public void ARuleEvaluation_IsCountedByKind_AndAFault_ByItsCode()
    {
        using var evaluator = new RuleEvaluator();
        var rules = evaluator.Prepare(DefinitionJson.DeserializeDefinition(RulesDefinition));
        using var recorded = new RecordedTelemetry(RuleTelemetry.Name);

        evaluator.EvaluateRule(rules, "total", RuleContext.Empty);
        var fault = Assert.Throws<RuleFaultException>(() => evaluator.EvaluateRule(rules, "broken", RuleContext.Empty));

        var evaluations = recorded.Of(RuleTelemetry.Evaluations);
        Assert.Equal(2, evaluations.Sum(m => m.Value));
        Assert.All(evaluations, m => Assert.Equal("rule", m.Tags[RuleTelemetry.KindTag]));
        var faulted = Assert.Single(recorded.Of(RuleTelemetry.Faults));
        Assert.Equal(1, faulted.Value);
        Assert.Equal(fault.Code, faulted.Tags[RuleTelemetry.CodeTag]);
        Assert.Equal("rule", faulted.Tags[RuleTelemetry.KindTag]);
        Assert.Equal(2, recorded.Of(RuleTelemetry.EvaluationDuration).Count);
    }

    [Fact]
    public async Task ACommittedBatch_CountsItsInputs_AndRecordsItsSize_WithOneSpanPerBatch()
    {
        Directory.CreateDirectory(_folder);
        var instance = Guid.NewGuid();
        await using var store = await SqliteToolDataStore.OpenAsync(Path.Combine(_folder, "consult.db"));
        var inputs = store.Inputs(instance, "poll");
        using var recorded = new RecordedTelemetry(IngestTelemetry.Name);

        await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => inputs.AppendAsync(Input(instance)).AsTask()));

        Assert.Equal(5, recorded.Of(IngestTelemetry.Submissions).Sum(m => m.Value));
        var sizes = recorded.Of(IngestTelemetry.BatchSize);
        Assert.Equal(5, sizes.Sum(m => m.Value));
        Assert.Equal(sizes.Count, recorded.Of(IngestTelemetry.BatchDuration).Count);
        Assert.Equal(sizes.Count, recorded.Spans(IngestTelemetry.BatchActivity).Count);
        Assert.Empty(recorded.Of(IngestTelemetry.FailedBatches));
    }

    private static ConsultationInput Input(Guid instanceId) => new()
    {
        Id = Guid.NewGuid(),
        InstanceId = instanceId,
        StepId = "poll",
        Tool = "online-poll",
        Channel = InputChannel.Web,
        Respondent = RespondentAttributes.None,
        SubmittedAt = new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero),
    };

    private const string RulesDefinition = """
        {
          "schemaVersion": 1, "id": "test.rules", "version": 1,
          "title": { "vi": "Quy tắc", "en": "Rules" },
          "roles": [ { "id": "office", "title": { "vi": "Văn phòng", "en": "Office" } } ],
          "rules": { "total": "1 + 2", "broken": "null.x" },
          "phases": [ { "id": "only", "title": { "vi": "Duy nhất", "en": "Only" }, "steps": [
            { "id": "close", "type": "task", "title": { "vi": "Kết thúc", "en": "Close" }, "role": "office" }
          ] } ]
        }
        """;
}
