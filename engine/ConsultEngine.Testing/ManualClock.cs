namespace ConsultEngine.Testing;

/// <summary>A clock that moves only when a test says so.</summary>
public sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    private readonly Lock _gate = new();
    private DateTimeOffset _now = start;

    /// <summary>Monday 5 January 2026, 08:00 in Vietnam: a fixed start so journals are reproducible.</summary>
    public static DateTimeOffset DefaultStart { get; } = new(2026, 1, 5, 8, 0, 0, TimeSpan.FromHours(7));

    public ManualClock()
        : this(DefaultStart)
    {
    }

    public override DateTimeOffset GetUtcNow()
    {
        lock (_gate)
        {
            return _now.ToUniversalTime();
        }
    }

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    public void Advance(TimeSpan by)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(by, TimeSpan.Zero);
        lock (_gate)
        {
            _now += by;
        }
    }

    public void AdvanceTo(DateTimeOffset moment)
    {
        lock (_gate)
        {
            if (moment > _now)
            {
                _now = moment;
            }
        }
    }
}
