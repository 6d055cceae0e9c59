namespace ConsultEngine.Hosting.Privacy;

/// <summary>
/// Computes the aggregated results of a consultation to keep before its personal data is erased (JSON).
/// The host's default keeps each tool step's analysis; a host with the reporting layer keeps the
/// consultation-wide analysis, which then answers the results, the report and the analysis afterwards.
/// What it returns must hold no personal data (<see cref="KeptAnalysis.Strip"/>).
/// </summary>
public interface IAggregateSnapshot
{
    Task<string> CaptureAsync(Guid instanceId, CancellationToken cancellationToken = default);
}
