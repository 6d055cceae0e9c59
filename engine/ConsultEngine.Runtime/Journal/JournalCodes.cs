namespace ConsultEngine.Runtime.Journal;

/// <summary>Codes of the journal's tamper evidence: the keyed chain and its audit (CE8140–CE8159).</summary>
public static class JournalCodes
{
    /// <summary>The chain holds and every entry from the first keyed one on carries a valid MAC under the installation key.</summary>
    [FailsAs(FailureKind.Invalid)]
    public const string Keyed = "CE8140";

    /// <summary>The chain holds but no entry is keyed: written before the installation key (legacy, plain SHA-256).</summary>
    [FailsAs(FailureKind.Invalid)]
    public const string Legacy = "CE8141";

    /// <summary>An entry's sequence, link or hash is wrong: the journal was damaged or edited without recomputing the chain.</summary>
    [FailsAs(FailureKind.Conflict)]
    public const string Broken = "CE8142";

    /// <summary>
    /// The hashes are consistent with a plain SHA-256 recomputation but the MAC fails under the
    /// installation key (or a legacy entry follows a keyed one): the chain was rewritten.
    /// </summary>
    [FailsAs(FailureKind.Conflict)]
    public const string Rewritten = "CE8143";

    /// <summary>The journal has keyed entries but no installation key is available to check them.</summary>
    [FailsAs(FailureKind.Unavailable)]
    public const string KeyMissing = "CE8144";

    /// <summary>The configured installation key is not base64 of 32 bytes, or the key file cannot be read.</summary>
    [FailsAs(FailureKind.Fault)]
    public const string KeyInvalid = "CE8145";

    /// <summary>No consultation has that id: it has no journal head.</summary>
    [FailsAs(FailureKind.NotFound)]
    public const string InstanceUnknown = "CE8146";

    /// <summary>The journal has keyed entries but none verifies under the key given: it is not this installation's key.</summary>
    [FailsAs(FailureKind.Unavailable)]
    public const string KeyMismatch = "CE8147";

    /// <summary>The chain holds but no entry is keyed, and keyed chains are required (<c>ConsultEngine:Journal:RequireKeyed</c>, <c>--require-keyed</c>).</summary>
    [FailsAs(FailureKind.Conflict)]
    public const string LegacyRefused = "CE8148";
}
