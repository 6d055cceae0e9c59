namespace ConsultEngine.Hosting.Notifications;

/// <summary>One email to one recipient; <see cref="Key"/> identifies it across retries (the outbox message and the recipient).</summary>
public sealed record EmailLetter(string To, string Subject, string Body, string Key);
