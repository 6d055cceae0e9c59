using ConsultEngine.Persistence.Privacy;

namespace ConsultEngine.Hosting.Privacy;

/// <summary>
/// A deletion code made before the inputs it covers are stored, so that its keyed hash is written in the
/// same transaction as the inputs (see <see cref="Persistence.Tools.InputCompanions"/>). <see cref="Code"/>
/// is shown once to the person; <see cref="For"/> gives the row to store once the input ids are known.
/// </summary>
public sealed class DeletionCodeDraft
{
    private readonly Func<IReadOnlyList<Guid>, DeletionCode> _row;

    internal DeletionCodeDraft(string code, Func<IReadOnlyList<Guid>, DeletionCode> row)
    {
        Code = code;
        _row = row;
    }

    /// <summary>The code in clear (never stored).</summary>
    public string Code { get; }

    /// <summary>The code as stored for the receipt of <paramref name="inputIds"/> (keyed hashes only).</summary>
    public DeletionCode For(IReadOnlyList<Guid> inputIds)
    {
        ArgumentNullException.ThrowIfNull(inputIds);
        return inputIds.Count > 0 ? _row(inputIds) : throw new ArgumentException("A deletion code is issued for stored inputs.", nameof(inputIds));
    }
}
