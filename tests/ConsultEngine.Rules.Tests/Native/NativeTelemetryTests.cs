using System.Diagnostics.Metrics;
using System.Text.Json;
using ConsultEngine.Rules.Telemetry;

namespace ConsultEngine.Rules.Tests.Native;

[CollectionDefinition(nameof(NativeTelemetryTests), DisableParallelization = true)]
public sealed class NativeTelemetryGroup;

/// <summary>A native evaluation is counted like one in Jint. Alone in its collection: the meter counts every evaluator's evaluations.</summary>
[Collection(nameof(NativeTelemetryTests))]
public sealed class NativeTelemetryTests
{
    [Fact]
    public void ANativeEvaluation_IsCountedAsAToolEvaluation()
    {
        using var evaluator = new RuleEvaluator();
        using var document = JsonDocument.Parse("""{ "age": 20 }""");
        var context = new RuleContext(null, document.RootElement, null);
        var tools = 0L;
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == RuleTelemetry.Name && instrument.Name == RuleTelemetry.Evaluations)
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
        {
            foreach (var tag in tags)
            {
                if (tag.Key == RuleTelemetry.KindTag && Equals(tag.Value, "tool"))
                {
                    tools += value;
                }
            }
        });
        listener.Start();

        Assert.True(evaluator.TestToolScript("answers.age >= 18", context));
        Assert.Equal(20, evaluator.EvaluateToolScript("answers.age", context)!.GetValue<double>());

        Assert.Equal(2, tools);
        Assert.Equal(0, evaluator.CurrentSandbox.EnginesCreated);
    }
}
