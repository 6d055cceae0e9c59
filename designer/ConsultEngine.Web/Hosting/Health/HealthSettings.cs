namespace ConsultEngine.Web.Hosting.Health;

/// <summary>The thresholds of <c>/health/ready</c> (section <c>ConsultWeb:Health</c>).</summary>
internal sealed class HealthSettings
{
    public const string SectionName = "ConsultWeb:Health";

    /// <summary>How full the ingestion writer's queue may be (a fraction of its capacity) before the node stops being ready.</summary>
    public double WriterBacklogFraction { get; set; } = 0.9;

    /// <summary>Free bytes the database's disk must keep for the node to be ready (0 turns the check off).</summary>
    public long MinFreeDiskBytes { get; set; } = 64L * 1024 * 1024;

    /// <summary>How long after the writer found the database full the node stays not ready (then it tries again).</summary>
    public TimeSpan StorageFullHold { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long the database may take to answer the probe.</summary>
    public TimeSpan DatabaseTimeout { get; set; } = TimeSpan.FromSeconds(2);
}
