using ConsultEngine.Abstractions;

namespace ConsultEngine.Hosting.Tools;

/// <summary>
/// Who calls a tool step: a staff member (console, API with a role, command line) or a member of the
/// public (portal), and in which language they read. Public callers may only call
/// <see cref="ToolAudience.Public"/> actions and submit through the web channel.
/// </summary>
public sealed record ToolCaller(string? Actor, ToolAudience Audience, string Language = "vi")
{
    public static ToolCaller Staff(string actor, string language = "vi")
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        return new(actor, ToolAudience.Staff, language);
    }

    /// <summary>An anonymous member of the public.</summary>
    public static ToolCaller Public(string language = "vi") => new(null, ToolAudience.Public, language);
}
