using ConsultEngine.Web.Security;

namespace ConsultEngine.Web.Testing;

/// <summary>One seeded user per role, with a known password; the contracted organisation works for <see cref="Organisation"/>.</summary>
public static class TestUsers
{
    public const string Organisation = "test-organisation";

    public static IReadOnlyList<string> Roles => Security.Roles.All;

    public static string UserName(string role) => "test-" + role.ToLowerInvariant();

    public static string Password(string role) => $"Test-{role}-Passw0rd";

    public static async Task SeedAsync(TestWebHost host)
    {
        ArgumentNullException.ThrowIfNull(host);
        foreach (var role in Roles)
        {
            await host.AddUserAsync(UserName(role), role, Password(role), role == Security.Roles.ContractedOrganisation ? Organisation : null).ConfigureAwait(false);
        }
    }
}
