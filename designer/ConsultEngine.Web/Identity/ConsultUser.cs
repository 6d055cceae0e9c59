using Microsoft.AspNetCore.Identity;

namespace ConsultEngine.Web.Identity;

/// <summary>A staff member who signs in; citizens never do.</summary>
public sealed class ConsultUser : IdentityUser
{
    /// <summary>Set when the password was generated (first administrator, <c>users add</c>): it must be changed at the next sign-in.</summary>
    public bool MustChangePassword { get; set; }

    /// <summary>For a contracted organisation: which organisation the user works for (tool steps are assigned to it).</summary>
    public string? Organisation { get; set; }

    /// <summary>The province the user works for (official code, <c>48</c>), or <see langword="null"/> for the national level, who sees every province.</summary>
    public string? Province { get; set; }
}
