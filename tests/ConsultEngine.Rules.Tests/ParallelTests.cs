using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using ConsultEngine.Definitions.Diagnostics;

namespace ConsultEngine.Rules.Tests;

/// <summary>One evaluator shared by many threads: each thread has its own engine, results do not mix.</summary>
public sealed class ParallelTests(EvaluatorFixture fixture) : IClassFixture<EvaluatorFixture>
{
    [Fact]
    public void EvaluateRule_TenThousandInParallelWithDifferentContexts_GivesEachItsOwnResult()
    {
        var prepared = fixture.Evaluator.Prepare(Definitions.Make("parallel", 1,
            [
                ("score", "vars.n * 2 + steps['design'].tools.filter(t => t.contracted).length"),
                ("label", "'#' + vars.n + ':' + rules.score"),
            ],
            [Definitions.Step("gate", "rules.score % 3 === 0")]));
        var wrong = new ConcurrentBag<string>();

        Parallel.For(0, 10_000, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            var contracted = i % 4;
            var tools = new JsonArray(Enumerable.Range(0, 4).Select(t => (JsonNode?)new JsonObject { ["contracted"] = t < contracted }).ToArray());
            var context = new RuleContext(vars: new JsonObject { ["n"] = i }, steps: new JsonObject { ["design"] = new JsonObject { ["tools"] = tools } });
            var score = (i * 2) + contracted;

            var label = fixture.Evaluator.EvaluateRule(prepared, "label", context)!.GetValue<string>();
            var gate = fixture.Evaluator.EvaluateGuard(prepared, "gate", context);
            if (label != $"#{i}:{score}" || gate != (score % 3 == 0))
            {
                wrong.Add($"{i}: {label} {gate}");
            }
        });

        Assert.Empty(wrong);
    }

    [Fact]
    public void EvaluateRule_PollutionAttemptsInParallel_NeverReachOtherEvaluations()
    {
        var prepared = fixture.Evaluator.Prepare(Definitions.WithRules(
            ("pollute", "Object.prototype.polluted = vars.n"),
            ("clean", "({}).polluted === undefined && typeof globalThis.polluted === 'undefined'")));
        var dirty = 0;

        Parallel.For(0, 2_000, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            var context = new RuleContext(vars: new JsonObject { ["n"] = i });
            if (i % 2 == 0)
            {
                var fault = Assert.Throws<RuleFaultException>(() => fixture.Evaluator.EvaluateRule(prepared, "pollute", context));
                Assert.Equal(DiagnosticCodes.RuleSandboxViolation.Code, fault.Code);
            }
            else if (!fixture.Evaluator.EvaluateRule(prepared, "clean", context)!.GetValue<bool>())
            {
                Interlocked.Increment(ref dirty);
            }
        });

        Assert.Equal(0, dirty);
    }

    [Fact]
    public void EvaluateRule_LimitFaultsInParallel_LeaveEveryThreadWorking()
    {
        var prepared = fixture.Evaluator.Prepare(Definitions.WithRules(("loop", "while (true) {}"), ("n", "vars.n")));
        var wrong = 0;

        Parallel.For(0, 200, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i =>
        {
            var context = new RuleContext(vars: new JsonObject { ["n"] = i });
            if (i % 10 == 0)
            {
                Assert.Throws<RuleFaultException>(() => fixture.Evaluator.EvaluateRule(prepared, "loop", context));
            }
            else if (fixture.Evaluator.EvaluateRule(prepared, "n", context)!.GetValue<double>() != i)
            {
                Interlocked.Increment(ref wrong);
            }
        });

        Assert.Equal(0, wrong);
    }
}
