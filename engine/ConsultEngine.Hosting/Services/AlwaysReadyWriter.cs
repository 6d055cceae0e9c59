using ConsultEngine.Persistence.Tools;

namespace ConsultEngine.Hosting.Services;

/// <summary>The writer health of a tool store that has no writer of its own (in memory): always ready.</summary>
internal sealed class AlwaysReadyWriter : IWriterHealth
{
    public WriterHealth Check() => new(true, null, 0, 0, DateTimeOffset.MinValue, null);
}
