using System.Security.Claims;
using ConsultEngine.Web.Hosting;
using ConsultEngine.Web.Identity;
using ConsultEngine.Web.Security;
using ConsultEngine.Web.StaffConsole.Assignments;
using ConsultEngine.Web.Testing;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ConsultEngine.Web.Tests.PostgreSql;

/// <summary>
/// The web host's own tables on PostgreSQL — users, assignments, data protection keys — used by two hosts
/// of one database that are built but not started (so they run while the engine's other stores still
/// refuse PostgreSQL): each context migrates with its PostgreSQL set, and what one node writes the other reads.
/// </summary>
public sealed class WebStoresOnPostgreSqlTests
{
    [SkippableFact]
    public async Task Users_MigrateWithThePostgreSqlSet_AndAUserAddedOnOneNode_SignsInOnTheOther()
    {
        await using var database = await PostgresTestDatabase.CreateAsync();
        using var folders = new Folders();
        await using var first = TestWebHost.BuildUnstarted(folders.First, TestWebHost.PostgreSqlSettings(database.ConnectionString));
        await using var second = TestWebHost.BuildUnstarted(folders.Second, TestWebHost.PostgreSqlSettings(database.ConnectionString));

        await using (var scope = first.Services.CreateAsyncScope())
        {
            var administration = scope.ServiceProvider.GetRequiredService<UserAdministration>();
            await administration.PrepareAsync(CancellationToken.None);
            await administration.AddAsync("pg-office", [Roles.CouncilOffice], "Pg-Office-Passw0rd-1");
        }

        await using (var scope = second.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ConsultUser>>();
            var user = await users.FindByNameAsync("pg-office");
            Assert.NotNull(user);
            Assert.True(await users.CheckPasswordAsync(user, "Pg-Office-Passw0rd-1"));
            Assert.True(await users.IsInRoleAsync(user, Roles.CouncilOffice));
        }

        Assert.Equal(["20261206000100_PostgreSqlIdentitySchema", "20261206010735_StaffProvince"], await database.QueryAsync($"SELECT \"MigrationId\" FROM {IdentityDb.MigrationsHistoryTable}"));
    }

    [SkippableFact]
    public async Task Assignments_MigrateWithThePostgreSqlSet_AndAnAssignmentMadeOnOneNode_IsFoundOnTheOther()
    {
        await using var database = await PostgresTestDatabase.CreateAsync();
        using var folders = new Folders();
        await using var first = TestWebHost.BuildUnstarted(folders.First, TestWebHost.PostgreSqlSettings(database.ConnectionString));
        await using var second = TestWebHost.BuildUnstarted(folders.Second, TestWebHost.PostgreSqlSettings(database.ConnectionString));
        var instance = Guid.NewGuid();

        await first.Services.GetRequiredService<AssignmentStore>().AssignAsync(instance, "survey", "Viện Nghiên cứu Phát triển", "test-counciloffice");
        var found = await second.Services.GetRequiredService<AssignmentStore>().FindAsync(instance, "survey");

        Assert.Equal("Viện Nghiên cứu Phát triển", found?.Organisation);
        Assert.Equal(["20261206000200_PostgreSqlAssignmentsSchema"], await database.QueryAsync($"SELECT \"MigrationId\" FROM {AssignmentsDb.MigrationsHistoryTable}"));
    }

    [SkippableFact]
    public async Task DataProtectionKeys_AreInTheDatabase_SoABearerTokenAndACookieMadeByOneNode_AreReadByTheOther()
    {
        await using var database = await PostgresTestDatabase.CreateAsync();
        using var folders = new Folders();
        await using var first = TestWebHost.BuildUnstarted(folders.First, TestWebHost.PostgreSqlSettings(database.ConnectionString));
        await using var second = TestWebHost.BuildUnstarted(folders.Second, TestWebHost.PostgreSqlSettings(database.ConnectionString));
        await KeyStoreStartup.MigrateAsync(first.Services);
        await KeyStoreStartup.MigrateAsync(second.Services);
        var ticket = new AuthenticationTicket(new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, "pg-office")], IdentityConstants.ApplicationScheme)), IdentityConstants.ApplicationScheme);

        var bearer = Bearer(first).Protect(ticket);
        var cookie = Cookie(first).Protect(ticket);

        Assert.Equal("pg-office", Bearer(second).Unprotect(bearer)?.Principal.Identity?.Name);
        Assert.Equal("pg-office", Cookie(second).Unprotect(cookie)?.Principal.Identity?.Name);
        Assert.NotEmpty(await database.QueryAsync("SELECT \"FriendlyName\" FROM data_protection_keys"));
        Assert.Empty(Directory.EnumerateFiles(first.Services.GetRequiredService<WebDataPaths>().KeysFolder, "key-*.xml"));
    }

    [Fact]
    public async Task DataProtectionKeys_OnSqlite_StayInTheKeysFolder()
    {
        using var folder = TestFolder.Create();
        await using var host = TestWebHost.BuildUnstarted(folder);
        var ticket = new AuthenticationTicket(new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, "one-node")], IdentityConstants.ApplicationScheme)), IdentityConstants.ApplicationScheme);

        Bearer(host).Protect(ticket);

        Assert.NotEmpty(Directory.EnumerateFiles(host.Services.GetRequiredService<WebDataPaths>().KeysFolder, "key-*.xml"));
    }

    [Fact]
    public void PostgreSql_WithoutTheIdentifierHashKey_IsRefusedAtStart_WithCE8380()
    {
        using var folder = TestFolder.Create();
        var settings = TestWebHost.PostgreSqlSettings("Host=127.0.0.1;Port=1;Database=never_opened;Username=consult");
        settings.Remove("ConsultEngine:IdentifierHashKey");

        var refused = Assert.Throws<WebDatabaseException>(() => TestWebHost.BuildUnstarted(folder, settings));

        Assert.Equal(WebDatabaseCodes.IdentifierHashKeyNotShared, refused.Code);
    }

    [Fact]
    public void PostgreSql_WithoutTheJournalKey_IsRefusedAtStart_WithCE8381()
    {
        using var folder = TestFolder.Create();
        var settings = TestWebHost.PostgreSqlSettings("Host=127.0.0.1;Port=1;Database=never_opened;Username=consult");
        settings.Remove("ConsultEngine:JournalKey");

        var refused = Assert.Throws<WebDatabaseException>(() => TestWebHost.BuildUnstarted(folder, settings));

        Assert.Equal(WebDatabaseCodes.JournalKeyNotShared, refused.Code);
    }

    [Fact]
    public async Task Sqlite_WithoutTheIdentifierHashKey_StillBuilds_TheDefaultIsUnchanged()
    {
        using var folder = TestFolder.Create();
        await using var host = TestWebHost.BuildUnstarted(folder);

        Assert.Equal(Persistence.Providers.DatabaseProvider.Sqlite, host.Services.GetRequiredService<WebDataPaths>().Database.Provider);
    }

    private static ISecureDataFormat<AuthenticationTicket> Bearer(WebApplication host) =>
        host.Services.GetRequiredService<IOptionsMonitor<BearerTokenOptions>>().Get(IdentityConstants.BearerScheme).BearerTokenProtector;

    private static ISecureDataFormat<AuthenticationTicket> Cookie(WebApplication host) =>
        host.Services.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>().Get(IdentityConstants.ApplicationScheme).TicketDataFormat;

    /// <summary>Two content roots: the nodes share the database, never a folder.</summary>
    private sealed class Folders : IDisposable
    {
        public TestFolder First { get; } = TestFolder.Create();

        public TestFolder Second { get; } = TestFolder.Create();

        public void Dispose()
        {
            First.Dispose();
            Second.Dispose();
        }
    }
}
