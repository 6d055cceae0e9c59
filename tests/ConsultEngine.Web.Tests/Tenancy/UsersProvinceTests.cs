using ConsultEngine.Web.Hosting;
using ConsultEngine.Web.Identity;
using ConsultEngine.Web.Testing;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace ConsultEngine.Web.Tests.Tenancy;

/// <summary><c>users add … --province CODE</c> and the first administrator, who is national.</summary>
public sealed class UsersProvinceTests
{
    [Fact]
    public async Task UsersAdd_WithAProvince_AddsAUserOfThatProvince()
    {
        using var folder = TestFolder.Create();
        var (exit, error) = await AddAsync(folder, "48");
        Assert.True(exit == 0, error);

        await using var host = await TestWebHost.StartAsync(folder);
        Assert.Equal("48", await ProvinceOfAsync(host, "clerk"));
    }

    [Fact]
    public async Task UsersAdd_WithAnUnknownProvince_FailsWithItsCode()
    {
        using var folder = TestFolder.Create();
        var (exit, error) = await AddAsync(folder, "99");

        Assert.Equal(1, exit);
        Assert.Contains("CE8401", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FirstAdministrator_IsNational()
    {
        await using var host = await TestWebHost.StartAsync();

        Assert.Null(await ProvinceOfAsync(host, IdentityStartup.FirstAdministrator));
    }

    private static async Task<(int Exit, string Error)> AddAsync(TestFolder folder, string province)
    {
        using var output = new StringWriter();
        using var errors = new StringWriter();
        var exit = await UsersCommand.RunAsync(
            ["users", "add", "clerk", "--role", "CouncilOffice", "--province", province, $"--ConsultEngine:DatabasePath={Path.Combine(folder.Path, "consult.db")}", $"--ConsultEngine:DefinitionsPath={RepositoryPaths.Definitions}", $"--contentRoot={folder.Path}"],
            output,
            errors);
        return (exit, errors.ToString());
    }

    private static async Task<string?> ProvinceOfAsync(TestWebHost host, string userName)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<ConsultUser>>().FindByNameAsync(userName);
        Assert.NotNull(user);
        return user.Province;
    }
}
