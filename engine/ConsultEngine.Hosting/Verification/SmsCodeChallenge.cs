namespace ConsultEngine.Hosting.Verification;

/// <summary>
/// The last code sent to one number in one step, as the step's host record keeps it (key: the number's keyed
/// hash): the code's keyed hash, never the code or the number; its attempts and spending; and when codes were
/// sent within the last hour (the per-number limit).
/// </summary>
internal sealed record SmsCodeChallenge(string CodeHash, DateTimeOffset IssuedAt, DateTimeOffset ExpiresAt, int Attempts, DateTimeOffset? SpentAt, IReadOnlyList<DateTimeOffset> Sent);
