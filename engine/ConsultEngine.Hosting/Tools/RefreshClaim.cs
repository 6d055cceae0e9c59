namespace ConsultEngine.Hosting.Tools;

/// <summary>
/// Lets one caller refresh a cached entry that has only grown too old, while the callers of that moment go
/// on with it, instead of every request in flight reading the same thing at once (under load, hundreds).
/// Each cache entry holds its own claim; the refreshed entry replaces it with a fresh one. Shared by the
/// tool-step cache and the portal's open-step index.
/// </summary>
public sealed class RefreshClaim
{
    private int _taken;

    /// <summary>True for the one caller that refreshes the entry; false for every later caller.</summary>
    public bool TryTake() => Interlocked.Exchange(ref _taken, 1) == 0;
}
