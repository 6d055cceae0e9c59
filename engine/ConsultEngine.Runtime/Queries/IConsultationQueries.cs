using ConsultEngine.Runtime.Journal;
using ConsultEngine.Runtime.State;

namespace ConsultEngine.Runtime.Queries;

/// <summary>
/// The engine's read side: what hosts (the web, the CLI) read of consultations, as read models. Commands
/// go through <see cref="ProcessEngine"/>; nothing here changes anything.
/// </summary>
public interface IConsultationQueries
{
    /// <summary>The consultations the filter keeps, newest first.</summary>
    Task<IReadOnlyList<ConsultationRow>> ListAsync(ConsultationFilter? filter = null, CancellationToken cancellationToken = default);

    /// <summary>One consultation, or <see langword="null"/> when there is none with that id.</summary>
    Task<ConsultationRow?> FindAsync(Guid instanceId, CancellationToken cancellationToken = default);

    /// <summary>One consultation with its step states, journal, incidents and waiting steps, or <see langword="null"/>.</summary>
    Task<ConsultationDetail?> GetAsync(Guid instanceId, CancellationToken cancellationToken = default);

    /// <summary>The states of the consultation's reached steps (a step never reached has none), in step id order.</summary>
    Task<IReadOnlyList<ConsultationStep>> StepsAsync(Guid instanceId, CancellationToken cancellationToken = default);

    /// <summary>The consultation's journal entries the filter keeps, in order.</summary>
    Task<IReadOnlyList<JournalEntry>> JournalAsync(Guid instanceId, JournalFilter? filter = null, CancellationToken cancellationToken = default);

    /// <summary>The consultation's incidents; with <paramref name="openOnly"/> only those not resolved.</summary>
    Task<IReadOnlyList<Incident>> IncidentsAsync(Guid instanceId, bool openOnly = false, CancellationToken cancellationToken = default);

    /// <summary>The waiting steps the filter keeps, the longest waiting first.</summary>
    Task<IReadOnlyList<WaitingStep>> WaitingAsync(WaitingFilter? filter = null, CancellationToken cancellationToken = default);
}
