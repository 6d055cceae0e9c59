using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ConsultEngine.Abstractions;

namespace ConsultEngine.Plugins.Loading.Tests.Support;

/// <summary>A clock that stays where a test puts it.</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}

/// <summary>Tools under test here run no script: any call is a test failure made visible.</summary>
internal sealed class NoScripts : IToolScripts
{
    public string? Check(string script) => null;

    public JsonElement? Evaluate(string script, ToolScriptScope scope) => throw new ToolException(ToolCodes.ScriptFailed, "No scripts in these tests.");

    public bool Test(string script, ToolScriptScope scope) => throw new ToolException(ToolCodes.ScriptFailed, "No scripts in these tests.");
}

/// <summary>A keyed hash with a fixed test key (the host's real key lives outside the database).</summary>
internal sealed class TestHasher : IIdentifierHasher
{
    private static readonly byte[] Key = Encoding.UTF8.GetBytes("test-key-not-a-secret");

    public string Hash(string purpose, string identifier)
    {
        var normalised = identifier.Replace(" ", string.Empty, StringComparison.Ordinal).Replace(".", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal);
        if (normalised.StartsWith("+84", StringComparison.Ordinal))
        {
            normalised = "0" + normalised[3..];
        }

        return Convert.ToHexStringLower(HMACSHA256.HashData(Key, Encoding.UTF8.GetBytes(purpose + "\n" + normalised)));
    }
}

/// <summary>One step of one instance, with in-memory stores, and the contexts a host would hand its tool.</summary>
internal sealed class ToolStep
{
    public ToolStep(string configJson, string stepId = "draft-comments")
    {
        using var config = JsonDocument.Parse(configJson);
        Config = config.RootElement.Clone();
        StepId = stepId;
        Inputs = new InMemoryToolInputs(Clock);
        Records = new InMemoryToolRecords(Clock);
    }

    public Guid InstanceId { get; } = Guid.Parse("0193a5f0-0000-7000-8000-000000000001");

    public string StepId { get; }

    public JsonElement Config { get; }

    public FixedClock Clock { get; } = new(new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.FromHours(7)));

    public InMemoryToolInputs Inputs { get; }

    public InMemoryToolRecords Records { get; }

    public ToolContext Context(string language = "vi", string? actor = null) => new()
    {
        InstanceId = InstanceId,
        StepId = StepId,
        DefinitionId = "hdnd.test",
        DefinitionVersion = 1,
        Config = Config,
        Variables = JsonDocument.Parse("{}").RootElement.Clone(),
        Actor = actor,
        Language = language,
        Inputs = Inputs,
        Records = Records,
        Scripts = new NoScripts(),
        Identifiers = new TestHasher(),
        Clock = Clock,
    };

    /// <summary>What a host does with a submission: ask the tool, store what it accepts.</summary>
    public async Task<CollectResult> SubmitAsync(IConsultationTool tool, Submission submission, string language = "vi")
    {
        var result = await tool.CollectAsync(Context(language), submission, CancellationToken.None);
        if (result.Accepted)
        {
            foreach (var input in result.Inputs)
            {
                await Inputs.AppendAsync(input, result.OnConflict);
            }
        }

        return result;
    }
}
