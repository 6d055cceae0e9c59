namespace ConsultEngine.Runtime.Storage;

/// <summary>
/// The database refused a commit for lack of room (CE8090): nothing of the change was stored, so the
/// instance is exactly as it was before the command. A host answers 503; the same command succeeds
/// once there is room again.
/// </summary>
public sealed class StorageFullException : ConsultEngineException
{
    public StorageFullException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }

    public override string Code => StorageCodes.StorageFull;
}
