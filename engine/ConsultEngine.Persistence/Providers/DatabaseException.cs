namespace ConsultEngine.Persistence.Providers;

/// <summary>The database choice cannot be used; <see cref="Code"/> says why (<see cref="DatabaseCodes"/>).</summary>
public sealed class DatabaseException : ConsultEngineException
{
    internal DatabaseException(string code, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Code = code;
    }

    public override string Code { get; }

    /// <summary>The stores the chosen provider cannot hold yet (CE8322), by their service type's name.</summary>
    public IReadOnlyList<string> Stores { get; init; } = [];
}
