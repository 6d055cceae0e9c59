using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace ConsultEngine.Hosting.Tests.Telemetry;

/// <summary>Listens to the named sources and meters as an exporter would, and keeps every measurement and finished span.</summary>
internal sealed class RecordedTelemetry : IDisposable
{
    private readonly HashSet<string> _names;
    private readonly MeterListener _meters = new();
    private readonly ActivityListener _spans;
    private readonly ConcurrentQueue<Recorded> _measurements = new();
    private readonly ConcurrentQueue<Activity> _activities = new();

    public RecordedTelemetry(params string[] names)
    {
        _names = [.. names];
        _meters.InstrumentPublished = (instrument, listener) =>
        {
            if (_names.Contains(instrument.Meter.Name))
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _meters.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Add(instrument, value, tags));
        _meters.SetMeasurementEventCallback<int>((instrument, value, tags, _) => Add(instrument, value, tags));
        _meters.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Add(instrument, value, tags));
        _meters.Start();
        _spans = new ActivityListener
        {
            ShouldListenTo = source => _names.Contains(source.Name),
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = _activities.Enqueue,
        };
        ActivitySource.AddActivityListener(_spans);
    }

    public IReadOnlyList<Activity> Spans(string name) => [.. _activities.Where(a => a.OperationName == name)];

    public IReadOnlyList<Recorded> Of(string instrument) => [.. _measurements.Where(m => m.Instrument == instrument)];

    /// <summary>Asks the observable instruments (gauges) for their values now, as an exporter's collection does.</summary>
    public void Collect() => _meters.RecordObservableInstruments();

    public void Dispose()
    {
        _meters.Dispose();
        _spans.Dispose();
    }

    private void Add(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags) =>
        _measurements.Enqueue(new Recorded(instrument.Name, value, tags.ToArray().ToDictionary(t => t.Key, t => t.Value?.ToString())));

    internal sealed record Recorded(string Instrument, double Value, IReadOnlyDictionary<string, string?> Tags);
}
