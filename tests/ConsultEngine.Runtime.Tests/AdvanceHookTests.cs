using System.Text.Json.Nodes;
using ConsultEngine.Definitions.StepTypes;
using ConsultEngine.Runtime.Hooks;
using ConsultEngine.Testing;

namespace ConsultEngine.Runtime.Tests;

/// <summary>Hooks see the steps an advance completed before it commits: what they add commits with it, what they refuse leaves nothing written.</summary>
public sealed class AdvanceHookTests
{
    private static readonly JsonObject Issue = new() { ["title"] = "Quy hoạch bến xe", ["count"] = 2 };

    [Fact]
    public async Task AMessageAHookAdds_CommitsWithTheAdvance_OnceEvenWhenTheCompletionIsRetried()
    {
        var hook = new RecordingHook(advance =>
        {
            if (advance.CompletedSteps.Any(s => s.Id == "notify-citizens"))
            {
                advance.Send(RecordingHook.MessageId, "feedback", "notify-citizens", """{"to":"someone"}""");
                advance.Record("feedback-queued", "notify-citizens", new { count = 1 });
            }
        });
        var (fixture, engine) = Engine(hook);
        var id = (await fixture.StartAsync()).Id;
        await engine.CompleteStepAsync(id, "select", new StepCompletion("office-user", Output: Issue));

        await engine.CompleteStepAsync(id, "approve", new StepCompletion("chair", "approve"));
        var retry = await Assert.ThrowsAsync<InstanceCommandException>(() => engine.CompleteStepAsync(id, "approve", new StepCompletion("chair", "approve")));

        Assert.Equal(RuntimeCodes.StepNotWaiting, retry.Code);
        var message = Assert.Single(await fixture.Store.FindUndispatchedAsync(100), m => m.Kind == "feedback");
        Assert.Equal((RecordingHook.MessageId, "notify-citizens"), (message.Id, message.StepId));
        Assert.Contains("feedback-queued notify-citizens#1", await fixture.EventsAsync(id));
        Assert.Equal(1, hook.AfterCommitRuns);
        Assert.Contains(hook.Seen, steps => steps.Contains("approve") && steps.Contains("notify-citizens"));
    }

    [Fact]
    public async Task AnAdvanceAHookRefuses_WritesNothing()
    {
        var (fixture, engine) = Engine(new RecordingHook(advance =>
        {
            if (advance.CompletedSteps.Any(s => s.Id == "approve"))
            {
                throw new InstanceCommandException(RuntimeCodes.ChecksFailed, advance.InstanceId, "approve", "refused by the host");
            }
        }));
        var id = (await fixture.StartAsync()).Id;
        await engine.CompleteStepAsync(id, "select", new StepCompletion("office-user", Output: Issue));
        var before = await fixture.Store.FindInstanceAsync(id);

        var error = await Assert.ThrowsAsync<InstanceCommandException>(() => engine.CompleteStepAsync(id, "approve", new StepCompletion("chair", "approve")));

        Assert.Equal(RuntimeCodes.ChecksFailed, error.Code);
        Assert.Equal(before!.Revision, (await fixture.Store.FindInstanceAsync(id))!.Revision);
        Assert.Equal(["approve"], await fixture.WaitingAsync(id));
        Assert.Empty(await fixture.Store.FindUndispatchedAsync(100));
    }

    private static (EngineFixture Fixture, ProcessEngine Engine) Engine(IAdvanceHook hook)
    {
        var fixture = new EngineFixture();
        return (fixture, new ProcessEngine(fixture.Store, fixture.Catalog, StandardToolTypes.CreateRegistry(), fixture.Rules, fixture.Clock, [hook]));
    }

    private sealed class RecordingHook(Action<AdvanceContext> before) : IAdvanceHook
    {
        public static readonly Guid MessageId = Guid.Parse("0193a5b0-0000-7000-8000-000000000001");

        public List<HashSet<string>> Seen { get; } = [];

        public int AfterCommitRuns { get; private set; }

        public Task<Func<CancellationToken, Task>?> BeforeCommitAsync(AdvanceContext advance, CancellationToken cancellationToken)
        {
            Seen.Add([.. advance.CompletedSteps.Select(s => s.Id)]);
            before(advance);
            return Task.FromResult<Func<CancellationToken, Task>?>(_ =>
            {
                AfterCommitRuns += advance.CompletedSteps.Any(s => s.Id == "notify-citizens") ? 1 : 0;
                return Task.CompletedTask;
            });
        }
    }
}
