namespace ConsultEngine.Hosting;

/// <summary>Settings of the journal's audit (<c>ConsultEngine:Journal</c>).</summary>
public sealed class JournalAuditOptions
{
    /// <summary>
    /// Refuse a chain with no keyed entry (CE8148) instead of accepting it as legacy: for an installation
    /// keyed from its first consultation, where an unkeyed chain can only be a rewrite.
    /// </summary>
    public bool RequireKeyed { get; set; }
}
