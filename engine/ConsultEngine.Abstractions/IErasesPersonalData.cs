namespace ConsultEngine.Abstractions;

/// <summary>
/// Optional, for a tool that keeps personal data in its own records (<see cref="ToolContext.Records"/>), such
/// as the names and phone hashes of people who registered. When a consultation's retention period has run
/// out, the host keeps its aggregated results and then calls this for each of the tool's steps: the tool
/// erases (or anonymises) the personal data of its records and keeps what is not personal (counts, statuses,
/// minutes). The host erases the inputs itself. Idempotent: called again, it changes nothing more.
/// </summary>
public interface IErasesPersonalData
{
    /// <summary>Erases the step's personal data; answers how many records changed.</summary>
    ValueTask<int> ErasePersonalDataAsync(ToolContext context, CancellationToken cancellationToken);
}
