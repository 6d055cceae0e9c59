using ConsultEngine.Web.Security;

namespace ConsultEngine.Web.Testing;

/// <summary>
/// One seeded user per role, with a known password; the contracted organisation works for <see cref="Organisation"/>.
/// Users of the roles that require two-factor sign-in are enrolled with <see cref="AuthenticatorKey"/> when added
/// (<see cref="TestWebHost.AddUserAsync"/>); the sign-in helpers compute the current code from it (<see cref="TestTotp"/>).
/// </summary>
public static class TestUsers
{
    public const string Organisation = "test-organisation";

    public static IReadOnlyList<string> Roles => Security.Roles.All;

    public static string UserName(string role) => "test-" + role.ToLowerInvariant();

    public static string Password(string role) => $"Test-{role}-Passw0rd";

    /// <summary>The authenticator key a test user is enrolled with: fixed per user name, so any helper can compute its code.</summary>
    public static string AuthenticatorKey(string userName) =>
        TestTotp.ToBase32(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes("totp:" + userName)).AsSpan(0, 20));

    /// <summary>The authenticator's current code for the user (see <see cref="AuthenticatorKey"/>).</summary>
    public static string CurrentCode(string userName) => TestTotp.Code(AuthenticatorKey(userName));

    public static async Task SeedAsync(TestWebHost host)
    {
        ArgumentNullException.ThrowIfNull(host);
        foreach (var role in Roles)
        {
            await host.AddUserAsync(UserName(role), role, Password(role), role == Security.Roles.ContractedOrganisation ? Organisation : null).ConfigureAwait(false);
        }
    }
}
