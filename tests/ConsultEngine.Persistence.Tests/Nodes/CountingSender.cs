using System.Collections.Concurrent;
using ConsultEngine.Runtime.Outbox;
using ConsultEngine.Runtime.State;

namespace ConsultEngine.Persistence.Tests.Nodes;

/// <summary>A sender that counts what it was handed, per message; it yields first so that concurrent rounds interleave.</summary>
internal sealed class CountingSender : IOutboxSender
{
    private readonly ConcurrentDictionary<Guid, int> _sends = new();

    public int Sends(Guid messageId) => _sends.GetValueOrDefault(messageId);

    public int Total => _sends.Values.Sum();

    public async Task SendAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        await Task.Yield();
        _sends.AddOrUpdate(message.Id, 1, (_, n) => n + 1);
    }
}
