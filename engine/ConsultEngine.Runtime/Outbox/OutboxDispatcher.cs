using ConsultEngine.Runtime.Reliability;
using ConsultEngine.Runtime.State;

namespace ConsultEngine.Runtime.Outbox;

/// <summary>
/// Sends the due outbox messages one by one, each on its own: a message that fails is given its
/// next attempt time by the retry policy (or dead-lettered after its last attempt, or at once when
/// the sender says it can never be sent) and the round goes on with the next one. One send is
/// bounded by the policy's timeout. Nothing of a payload is kept or logged: a failure is recorded
/// as its code and exception type only.
/// </summary>
public sealed class OutboxDispatcher(IOutboxLedger ledger, IOutboxSender sender, TimeProvider clock, OutboxRetryPolicy policy)
{
    private readonly Func<double> _random = Random.Shared.NextDouble;

    /// <summary>Tries up to <paramref name="max"/> due messages and says how each round went.</summary>
    public async Task<OutboxRound> DispatchAsync(int max, CancellationToken cancellationToken = default)
    {
        var round = new OutboxRound(0, 0, 0);
        if (ledger is IOutboxClaims claims)
        {
            // A shared outbox: each message is claimed just before its own send, so a lease covers one
            // send and not a whole round, and a node that dies holds at most one message for one lease.
            for (var i = 0; i < max; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var claimed = await claims.ClaimDueAsync(clock.GetUtcNow(), policy.EffectiveClaimLease, 1, cancellationToken).ConfigureAwait(false);
                if (claimed.Count == 0)
                {
                    break;
                }

                round = Count(round, await DispatchOneAsync(claimed[0], claims, cancellationToken).ConfigureAwait(false));
            }

            return round;
        }

        foreach (var message in await ledger.FindDueAsync(clock.GetUtcNow(), max, cancellationToken).ConfigureAwait(false))
        {
            cancellationToken.ThrowIfCancellationRequested();
            round = Count(round, await DispatchOneAsync(message, null, cancellationToken).ConfigureAwait(false));
        }

        return round;
    }

    private static OutboxRound Count(OutboxRound round, OutboxOutcome outcome) => outcome switch
    {
        OutboxOutcome.Sent => round with { Sent = round.Sent + 1 },
        OutboxOutcome.Retrying => round with { Retrying = round.Retrying + 1 },
        _ => round with { DeadLettered = round.DeadLettered + 1 },
    };

    private async Task<OutboxOutcome> DispatchOneAsync(OutboxMessage message, IOutboxClaims? claims, CancellationToken cancellationToken)
    {
        Exception? failure = null;
        using (var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
        {
            timeout.CancelAfter(policy.SendTimeout);
            try
            {
                await sender.SendAsync(message, timeout.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                throw;
            }
#pragma warning disable CA1031 // A sender may fail in any way; the failure belongs to this message alone and is recorded on it.
            catch (Exception error)
#pragma warning restore CA1031
            {
                failure = error;
            }
        }

        var now = clock.GetUtcNow();
        if (failure is null)
        {
            // A claimed message's mark holds only while this node still holds it: when its lease ran
            // out and another node took it over, that node's send is the one recorded.
            if (claims is null)
            {
                await ledger.MarkDispatchedAsync(message.Id, now, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await claims.MarkClaimedDispatchedAsync(message.Id, now, cancellationToken).ConfigureAwait(false);
            }

            return OutboxOutcome.Sent;
        }

        var attempts = message.Attempts + 1;
        var dead = failure is OutboxDeliveryException { Permanent: true } || attempts >= policy.MaxAttempts;
        var outcome = new OutboxFailure(
            message.Id,
            attempts,
            Scrub(failure),
            dead ? null : now + policy.DelayAfter(attempts, _random()),
            dead ? now : null);
        if (claims is null)
        {
            await ledger.RecordFailureAsync(outcome, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await claims.RecordClaimedFailureAsync(outcome, cancellationToken).ConfigureAwait(false);
        }

        return dead ? OutboxOutcome.DeadLettered : OutboxOutcome.Retrying;
    }

    /// <summary>The error kept on a message: its code and exception type, never its text (which may quote an address or the payload).</summary>
    public static string Scrub(Exception error)
    {
        ArgumentNullException.ThrowIfNull(error);
        var code = error switch
        {
            ConsultEngineException coded => coded.Code,
            OperationCanceledException or TimeoutException => ReliabilityCodes.SendTimedOut,
            _ => ReliabilityCodes.SendFailed,
        };
        var type = error is ConsultEngineException { InnerException: { } inner } ? inner.GetType().Name : error.GetType().Name;
        return $"{code} {type}";
    }

    private enum OutboxOutcome
    {
        Sent,
        Retrying,
        DeadLettered,
    }
}

/// <summary>How a dispatch round went: sent, failed and to be tried again, given up.</summary>
public sealed record OutboxRound(int Sent, int Retrying, int DeadLettered)
{
    public int Handled => Sent + Retrying + DeadLettered;
}
