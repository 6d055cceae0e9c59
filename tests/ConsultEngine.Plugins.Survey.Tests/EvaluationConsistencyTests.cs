using ConsultEngine.Abstractions;

namespace ConsultEngine.Plugins.Survey.Tests;

/// <summary>What the form's evaluation lets through, collection accepts; what it stops, collection refuses for the same reasons.</summary>
public sealed class EvaluationConsistencyTests
{
    private static readonly string[] Answers =
    [
        Support.Minimal,
        """{ "ward": "ba_dinh", "uses_bus": "yes", "trips_per_week": 12, "monthly_pass": "yes", "fare_support": "5", "priorities": ["price", "frequency", "routes"] }""",
        """{ "ward": "ba_dinh", "uses_bus": "no", "fare_support": "2", "reasons": ["price", "other"], "reasons_other": "Xa bến" }""",
        """{ "ward": "ba_dinh", "uses_bus": "no", "fare_support": "2", "trips_per_week": 900, "monthly_pass": "maybe" }""",
        """{ "ward": "ba_dinh", "uses_bus": "no", "fare_support": "2", "started_on": "2024-02-30", "comment": "Tốt" }""",
        """{ "ward": "ba_dinh", "uses_bus": "yes", "fare_support": "2" }""",
        """{ "ward": "ba_dinh", "uses_bus": "no", "fare_support": "2", "reasons": ["price", "other"] }""",
        """{ "ward": "tay_ho", "uses_bus": "no", "fare_support": "9", "fair_fare": 7500 }""",
        """{ "ward": "ba_dinh", "uses_bus": "no", "fare_support": "2", "reasons": ["price", "frequency", "comfort", "safety"] }""",
        """{ "ward": "ba_dinh", "uses_bus": "no", "fare_support": "2", "priorities": ["price"] }""",
        """{ "ward": "ba_dinh", "uses_bus": "no", "fare_support": "2", "nonsense": 1 }""",
    ];

    public static TheoryData<string> Bodies()
    {
        var data = new TheoryData<string>();
        foreach (var answers in Answers)
        {
            data.Add(answers);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Bodies))]
    public async Task EvaluationWithoutErrors_IsAcceptedByCollection_AndErrorsAreCollectionsOwn(string answers)
    {
        var bench = await Support.BenchAsync();

        var evaluation = await FormEvaluationTests.EvaluateAsync(bench, answers);
        var collected = await bench.SubmitAsync(answers);

        var evaluationErrors = evaluation.Problems.Where(p => p.Severity == ProblemSeverity.Error).Select(p => (p.Code, p.Path)).ToList();
        var collectionErrors = collected.Result.Problems.Where(p => p.Severity == ProblemSeverity.Error).Select(p => (p.Code, "/answers/" + p.Path)).ToList();
        Assert.Equal(evaluationErrors.Count == 0, collected.Accepted);
        Assert.Equal(collectionErrors, evaluationErrors);
    }
}
