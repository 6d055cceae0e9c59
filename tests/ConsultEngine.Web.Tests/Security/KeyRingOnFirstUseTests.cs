using ConsultEngine.Web.Hosting;
using ConsultEngine.Web.Security;
using ConsultEngine.Web.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ConsultEngine.Web.Tests.Security;

/// <summary>The data protection key ring is read (and its first key made) by the first request that needs it, not at start.</summary>
public sealed class KeyRingOnFirstUseTests
{
    [Fact]
    public async Task AStartedHost_HasMadeNoSigningKeyYet_AndTheFirstSignInMakesOne()
    {
        await using var host = await TestWebHost.StartAsync();
        var keysFolder = host.Services.GetRequiredService<WebDataPaths>().KeysFolder;

        Assert.Empty(KeyFiles(keysFolder));
        Assert.DoesNotContain(host.Services.GetServices<IHostedService>(), s => s.GetType().Name == "DataProtectionHostedService");

        await TestUsers.SeedAsync(host);
        var token = await ApiSignIn.TokenAsync(host, TestUsers.UserName(Roles.Executive), TestUsers.Password(Roles.Executive));

        Assert.False(string.IsNullOrEmpty(token));
        Assert.NotEmpty(KeyFiles(keysFolder));
    }

    private static string[] KeyFiles(string folder) => Directory.Exists(folder) ? Directory.GetFiles(folder, "*.xml") : [];
}
