namespace ConsultEngine.Hosting.Demo;

/// <summary>
/// A clock the example consultation moves forward through its calendar (weeks between steps, days of
/// fieldwork), so that the journal, the inputs and the hearing sessions carry the story's dates. Hosts
/// that create the example in a database of their own register it as the engine's
/// <see cref="TimeProvider"/>; with any other clock the example runs at the present time.
/// </summary>
public sealed class DemoClock(DateTimeOffset start) : TimeProvider
{
    private long _ticks = start.UtcTicks;

    /// <summary>The first working day of the example: Monday 5 January 2026, 08:00 in Vietnam.</summary>
    public static DateTimeOffset StoryStart { get; } = new(2026, 1, 5, 8, 0, 0, TimeSpan.FromHours(7));

    public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref _ticks), TimeSpan.Zero);

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    public void Advance(TimeSpan by)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(by, TimeSpan.Zero);
        Interlocked.Add(ref _ticks, by.Ticks);
    }
}
