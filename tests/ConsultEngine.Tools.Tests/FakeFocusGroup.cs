using System.Text.Json;
using ConsultEngine.Abstractions;

namespace ConsultEngine.Tools.Tests;

/// <summary>
/// A small tool serving <c>tool:focus-group@1</c>: one stance question, a person identified by a
/// hashed phone number takes part once, a public registration action with a payload schema, a
/// read-only count, and an action that faults like a buggy plugin.
/// </summary>
internal sealed class FakeFocusGroup : IConsultationTool
{
    private int _opens;
    private int _closes;

    public int Opens => _opens;

    public int Closes => _closes;

    /// <summary>When set, the next close throws like a buggy plugin.</summary>
    public bool FailNextClose { get; set; }

    public ToolManifest Manifest { get; } = new()
    {
        Id = "focus-group",
        Version = "0.1.0",
        Title = new LocalText("Thảo luận nhóm (thử)", "Focus group (test)"),
        BuiltForSdk = new SdkVersion(Sdk.Major, Sdk.Minor),
        ConfigSchema = """{ "type": "object" }""",
        Channels = [InputChannel.Web, InputChannel.Enumerator],
        Actions =
        [
            new ToolAction("register", new LocalText("Đăng ký", "Register"), ToolAudience.Public, """
                { "type": "object", "required": ["name"], "additionalProperties": false,
                  "properties": { "name": { "type": "string", "minLength": 1 }, "age": { "type": "integer", "minimum": 18 } } }
                """),
            new ToolAction("count", new LocalText("Đếm", "Count"), ToolAudience.Staff, """{ "type": "object" }""") { ReadOnly = true },
            new ToolAction("explode", new LocalText("Lỗi", "Fault"), ToolAudience.Staff, """{ "type": "object" }"""),
        ],
    };

    public async ValueTask OpenAsync(ToolContext context, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _opens);
        await context.Records.TryInsertAsync("setup", "groups", JsonSerializer.SerializeToElement(new { groups = context.ConfigInt("groups", 1) }), cancellationToken);
    }

    public ValueTask<CollectResult> CollectAsync(ToolContext context, Submission submission, CancellationToken cancellationToken)
    {
        var stance = submission.Answers is { ValueKind: JsonValueKind.Object } answers && answers.TryGetProperty("stance", out var value) ? value.GetString() : null;
        if (stance == "boom")
        {
            throw new InvalidOperationException("A bug in the plugin, with a phone number 0912345678 in its message.");
        }

        if (stance is not ("agree" or "disagree"))
        {
            return ValueTask.FromResult(CollectResult.Refuse("CE9501", "/answers/stance", "The stance is 'agree' or 'disagree'."));
        }

        return ValueTask.FromResult(CollectResult.Accept(new ConsultationInput
        {
            Id = Guid.NewGuid(),
            InstanceId = context.InstanceId,
            StepId = context.StepId,
            Tool = Manifest.Id,
            Channel = submission.Channel,
            Collector = submission.Collector,
            Respondent = submission.Respondent,
            Answers = submission.Answers,
            Text = submission.Text,
            UniqueKey = submission.Identifier is { } identifier ? context.Identifiers.Hash("focus-group:phone", identifier) : null,
            SubmittedAt = submission.SubmittedAt ?? context.Now,
        }));
    }

    public async ValueTask<JsonElement?> ExecuteAsync(ToolContext context, string action, JsonElement payload, CancellationToken cancellationToken)
    {
        switch (action)
        {
            case "register":
                await context.Records.PutAsync("registrations", payload.GetProperty("name").GetString()!, payload, cancellationToken: cancellationToken);
                return JsonSerializer.SerializeToElement(new { registered = (await context.Records.ListAsync("registrations", cancellationToken)).Count });
            case "count":
                return JsonSerializer.SerializeToElement(new { inputs = await context.Inputs.CountAsync(InputQuery.All, cancellationToken) });
            default:
                throw new InvalidOperationException("The plugin divided by zero.");
        }
    }

    public ValueTask CloseAsync(ToolContext context, CancellationToken cancellationToken)
    {
        if (FailNextClose)
        {
            FailNextClose = false;
            throw new InvalidOperationException("The plugin could not write its minutes.");
        }

        Interlocked.Increment(ref _closes);
        return ValueTask.CompletedTask;
    }

    public async ValueTask<ToolAnalysis> AnalyseAsync(ToolContext context, AnalysisOptions options, CancellationToken cancellationToken)
    {
        var inputs = await context.Inputs.ReadAsync(InputQuery.All, cancellationToken);
        var registered = (await context.Records.ListAsync("registrations", cancellationToken)).Count;
        var analysis = InputAnalyzer.Analyse(Manifest.Id, context.StepId, inputs,
            [new QuestionSpec("stance", QuestionShape.SingleChoice)
            {
                Options = [new ChoiceOption("agree", new LocalText("Đồng ý", "Agree")), new ChoiceOption("disagree", new LocalText("Không đồng ý", "Disagree"))],
            }],
            options);
        return analysis with { Figures = [new AnalysisFigure("registered", new LocalText("Đã đăng ký", "Registered"), registered)] };
    }
}
