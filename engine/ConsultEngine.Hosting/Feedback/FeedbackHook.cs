using ConsultEngine.Hosting.Logging;
using ConsultEngine.Hosting.Registers;
using ConsultEngine.Persistence.Feedback;
using ConsultEngine.Runtime.Hooks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ConsultEngine.Hosting.Feedback;

/// <summary>
/// Feedback to voters in the engine's path, so the console, the API, the command line and the demo
/// all go through it. Before an advance that completes a step marked <c>"requires":
/// "explanation-register"</c> commits, it refuses the advance (CE8734) while the register is not
/// complete. For a step marked <c>"notifies": "subscribers"</c> it adds one outbox message per waiting
/// subscription to the same commit — the message id is the subscription's id — and a journal event
/// with the counts; after the commit it deletes those subscriptions and keeps the counts. A retried
/// completion finds the step no longer waiting, so the messages are queued exactly once.
/// </summary>
internal sealed partial class FeedbackHook(IServiceProvider services, IFeedbackStore store, IOptions<FeedbackOptions> options, ILogger<FeedbackHook> logger) : IAdvanceHook
{
    /// <summary>The journal event of queued feedback, with the counts by channel.</summary>
    public const string QueuedEvent = "feedback-queued";

    public async Task<Func<CancellationToken, Task>?> BeforeCommitAsync(AdvanceContext advance, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(advance);
        if (advance.CompletedSteps.Any(FeedbackSteps.RequiresRegister))
        {
            // Resolved here, not injected: the registers read instances through the engine this hook is part of.
            var registers = services.GetRequiredService<IConsultationRegisters>();
            var progress = await registers.ProgressAsync(advance.InstanceId, cancellationToken).ConfigureAwait(false);
            if (!progress.Complete)
            {
                var step = advance.CompletedSteps.First(FeedbackSteps.RequiresRegister);
                throw new FeedbackException(FeedbackCodes.RegisterIncomplete,
                    $"The step '{step.Id}' cannot finish: the explanation register is not complete ({progress.Dispositioned} of {progress.Total} opinions dispositioned"
                    + (progress.Sample is { } sample ? $"; {sample.Dispositioned} of the sample of {sample.Size}" : string.Empty) + ").",
                    advance.InstanceId);
            }
        }

        if (advance.CompletedSteps.FirstOrDefault(FeedbackSteps.NotifiesSubscribers) is not { } notifying)
        {
            return null;
        }

        var subscriptions = await store.ListAsync(advance.InstanceId, cancellationToken).ConfigureAwait(false);
        var url = FeedbackMessage.ResultsUrlOf(options.Value.PortalBaseUrl, advance.InstanceId);
        foreach (var subscription in subscriptions)
        {
            var title = FeedbackMessage.TitleOf(advance.Instance.Title, advance.Definition, subscription.Language);
            advance.Send(subscription.Id, FeedbackMessage.Kind, notifying.Id, FeedbackMessage.For(subscription, title, url).ToJson());
        }

        advance.Record(QueuedEvent, notifying.Id, new
        {
            emails = subscriptions.Count(s => s.Channel == FeedbackChannel.Email),
            phones = subscriptions.Count(s => s.Channel == FeedbackChannel.Phone),
        });
        var ids = subscriptions.Select(s => s.Id).ToList();
        var instanceId = advance.InstanceId;
        var at = advance.Now;
        return async token =>
        {
            try
            {
                await store.ForgetQueuedAsync(instanceId, notifying.Id, ids, at, token).ConfigureAwait(false);
            }
#pragma warning disable CA1031 // The advance has committed: a failure here must not report the completion as failed; the contacts stay until deleted again.
            catch (Exception error)
#pragma warning restore CA1031
            {
                LogForgetFailed(logger, ScrubbedException.Of(error), instanceId, ids.Count);
            }
        };
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Feedback of consultation {InstanceId} was queued but its {Count} subscriptions could not be deleted")]
    private static partial void LogForgetFailed(ILogger logger, Exception error, Guid instanceId, int count);
}
