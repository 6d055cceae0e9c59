using ConsultEngine.Persistence.Tools;

namespace ConsultEngine.Hosting.Tools;

/// <summary>
/// What the host keeps beside an accepted submission (the person's consent, the receipt's deletion code),
/// given the ids of the inputs the tool made. When the submission makes one input and the store can commit
/// rows with an input (<see cref="IAppendsWithCompanions"/>), they are written in the input's own
/// transaction and the submission is acknowledged after that one commit (<see cref="SubmitResult.CompanionsWritten"/>);
/// otherwise the caller writes them itself, as before.
/// </summary>
public sealed class SubmissionCompanions(Func<IReadOnlyList<Guid>, InputCompanions> rows)
{
    /// <summary>The rows for the receipt of <paramref name="inputIds"/>.</summary>
    public InputCompanions For(IReadOnlyList<Guid> inputIds) => rows(inputIds);
}
