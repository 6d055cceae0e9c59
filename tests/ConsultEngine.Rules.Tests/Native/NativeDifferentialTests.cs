using System.Text.Json.Nodes;

namespace ConsultEngine.Rules.Tests.Native;

/// <summary>
/// The native path against Jint alone, over <see cref="NativeCorpus"/>: for every expression and context, the
/// truthiness and the JSON value (or the fault's code) are Jint's, whether the native path answered or gave way.
/// </summary>
public sealed class NativeDifferentialTests(NativeEvaluatorsFixture fixture) : IClassFixture<NativeEvaluatorsFixture>
{
    public static TheoryData<string> Expressions => [.. NativeCorpus.Expressions];

    [Theory]
    [MemberData(nameof(Expressions))]
    public void ToolScript_GivesJintsTruthinessAndValue_InEveryContext(string expression)
    {
        foreach (var (name, context) in NativeCorpus.Contexts)
        {
            var jintTest = Outcome(() => fixture.JintOnly.TestToolScript(expression, context));
            var jintValue = Outcome(() => Text(fixture.JintOnly.EvaluateToolScript(expression, context)));
            Assert.True(jintTest == Outcome(() => fixture.Native.TestToolScript(expression, context)), $"Test of {expression} over {name}");
            Assert.True(jintValue == Outcome(() => Text(fixture.Native.EvaluateToolScript(expression, context))), $"Evaluate of {expression} over {name}");

            // The native answer itself, when it gives one (the evaluator above may have asked Jint instead).
            if (fixture.Native.NativeToolScript(expression) is { } native)
            {
                if (native.TryTest(context, out var truthy))
                {
                    Assert.Equal(jintTest, Outcome(() => truthy));
                }

                if (native.TryEvaluate(context, out var value))
                {
                    Assert.Equal(jintValue, Outcome(() => Text(value)));
                }
            }
        }
    }

    [Fact]
    public void TheNativePath_AnswersMostOfTheCorpusItself()
    {
        var (pairs, answered) = (0, 0);
        foreach (var expression in NativeCorpus.Expressions)
        {
            if (fixture.Native.NativeToolScript(expression) is not { } native)
            {
                continue;
            }

            foreach (var (_, context) in NativeCorpus.Contexts)
            {
                pairs++;
                answered += native.TryTest(context, out _) ? 1 : 0;
            }
        }

        // Not a vacuous comparison: four of the contexts are built to be left to Jint (answers null or an array, escapes
        // Jint cannot or may not convert), and some expressions fault or convert there; the native path answers the rest.
        Assert.True(answered > pairs * 4 / 10, $"{answered} of {pairs} answered natively");
    }

    /// <summary>The JSON text of a result (null for JSON null), as SandboxToolScripts passes it on.</summary>
    private static string Text(JsonNode? node) => node?.ToJsonString() ?? "null";

    private static string Outcome<T>(Func<T> run)
    {
        try
        {
            return $"value {run()}";
        }
        catch (RuleFaultException fault)
        {
            return $"fault {fault.Code}";
        }
        catch (InvalidOperationException ex)
        {
            // What Jint's conversion of a context with a lone surrogate throws; the native path must not answer there.
            return $"throws {ex.GetType().Name}";
        }
    }
}

/// <summary>Two evaluators: the product's (native fast path on) and one that runs every tool script in Jint.</summary>
public sealed class NativeEvaluatorsFixture : IDisposable
{
    internal RuleEvaluator Native { get; } = new(RuleLimits.Default with { Timeout = TimeSpan.FromSeconds(5) });

    internal RuleEvaluator JintOnly { get; } = new(RuleLimits.Default with { Timeout = TimeSpan.FromSeconds(5) }) { NativeToolScripts = false };

    public void Dispose()
    {
        Native.Dispose();
        JintOnly.Dispose();
    }
}
