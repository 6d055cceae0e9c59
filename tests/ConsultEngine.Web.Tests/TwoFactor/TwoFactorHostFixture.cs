using ConsultEngine.Web.Identity;
using ConsultEngine.Web.Security;
using ConsultEngine.Web.Testing;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace ConsultEngine.Web.Tests.TwoFactor;

/// <summary>
/// A host of its own for the two-factor tests (they reset, lock and enrol users), re-checking sign-ins on
/// every request (<see cref="SessionRevocation.RecheckSetting"/> = 0) so that a reset takes effect at once.
/// Each test adds the users it changes.
/// </summary>
public sealed class TwoFactorHostFixture : IAsyncLifetime
{
    public const string Password = "Two-Factor-Test-Passw0rd";

    private TestWebHost? _host;

    public TestWebHost Host => _host!;

    public async Task InitializeAsync()
    {
        _host = await TestWebHost.StartAsync(settings: new Dictionary<string, string> { [SessionRevocation.RecheckSetting] = "00:00:00" });
        await TestUsers.SeedAsync(_host);
    }

    public async Task DisposeAsync() => await Host.DisposeAsync();

    /// <summary>Whether the user signs in with two factors, as stored.</summary>
    public async Task<bool> TwoFactorOnAsync(string userName)
    {
        await using var scope = Host.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ConsultUser>>();
        return (await users.FindByNameAsync(userName))!.TwoFactorEnabled;
    }

    /// <summary>New recovery codes for the user (as the enrolment page shows them).</summary>
    public async Task<IReadOnlyList<string>> RecoveryCodesAsync(string userName)
    {
        await using var scope = Host.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ConsultUser>>();
        return [.. (await users.GenerateNewTwoFactorRecoveryCodesAsync((await users.FindByNameAsync(userName))!, 10))!];
    }
}
