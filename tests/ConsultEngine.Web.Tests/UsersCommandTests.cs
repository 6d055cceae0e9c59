using ConsultEngine.Web.Hosting;
using ConsultEngine.Web.Identity;
using ConsultEngine.Web.Security;
using ConsultEngine.Web.Tenancy;
using ConsultEngine.Web.Testing;

namespace ConsultEngine.Web.Tests;

/// <summary><c>users add NAME --role ROLE</c> prints a one-time password that signs in on the host.</summary>
public sealed class UsersCommandTests
{
    [Fact]
    public async Task UsersAdd_PrintsAOneTimePassword_ThatSignsIn()
    {
        using var folder = TestFolder.Create();
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await UsersCommand.RunAsync(
            ["users", "add", "clerk", "--role", "CouncilOffice", .. On(folder)],
            output,
            error);
        Assert.True(exit == 0, error.ToString());
        var password = output.ToString().Split('\n').Single(l => l.Contains("One-time password:", StringComparison.Ordinal)).Split(':')[1].Trim();

        await using var host = await TestWebHost.StartAsync(folder);
        // A user exists already: no first-run administrator.
        Assert.Empty(FirstRunOutput.Passwords(host.Output));
        Assert.False(string.IsNullOrEmpty(await ApiSignIn.TokenAsync(host, "clerk", password)));
    }

    [Fact]
    public async Task UsersAdd_WithAnUnknownRole_FailsWithCE9993_OnTheVietnameseAndTheEnglishLine_ListingTheRoles()
    {
        using var folder = TestFolder.Create();
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await UsersCommand.RunAsync(
            ["users", "add", "clerk", "--role", "Mayor", .. On(folder)],
            output,
            error);
        var lines = error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(1, exit);
        Assert.Equal(2, lines.Length);
        Assert.All(lines, line => Assert.Contains(AccessCodes.UnknownRole, line, StringComparison.Ordinal));
        Assert.All(lines, line => Assert.Contains("Mayor", line, StringComparison.Ordinal));
        Assert.All(lines, line => Assert.All(Roles.All, role => Assert.Contains(role, line, StringComparison.Ordinal)));
        Assert.Equal(string.Empty, output.ToString());
    }

    [Fact]
    public async Task UsersAdd_WithAnUnknownProvince_FailsWithCE8401_OnBothLines()
    {
        using var folder = TestFolder.Create();
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await UsersCommand.RunAsync(
            ["users", "add", "clerk", "--role", "CouncilOffice", "--province", "99", .. On(folder)],
            output,
            error);
        var lines = error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(1, exit);
        Assert.Equal(2, lines.Length);
        Assert.All(lines, line => Assert.Contains(TenancyCodes.UnknownProvince, line, StringComparison.Ordinal));
    }

    [Fact]
    public async Task UsersDisable_OfNoSuchUser_FailsWithItsCode_OnTheVietnameseAndTheEnglishLine()
    {
        using var folder = TestFolder.Create();
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await UsersCommand.RunAsync(
            ["users", "disable", "nobody", .. On(folder)],
            output,
            error);
        var lines = error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(1, exit);
        Assert.Equal(2, lines.Length);
        // Not "could not add a user": the disable was refused, and the line says why, with its code.
        Assert.StartsWith("Lỗi: ", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("error: ", lines[1], StringComparison.Ordinal);
        Assert.All(lines, line => Assert.Contains(AccessCodes.UserNotFound, line, StringComparison.Ordinal));
        Assert.DoesNotContain("thêm", lines[0], StringComparison.Ordinal);
    }

    /// <summary>The options that point the command at the folder's database, as the host run in it reads them.</summary>
    private static string[] On(TestFolder folder) =>
        [$"--ConsultEngine:DatabasePath={Path.Combine(folder.Path, "consult.db")}", $"--ConsultEngine:DefinitionsPath={RepositoryPaths.Definitions}", $"--contentRoot={folder.Path}"];
}
