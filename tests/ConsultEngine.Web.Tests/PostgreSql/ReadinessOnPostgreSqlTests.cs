using System.Diagnostics;
using System.Net;
using ConsultEngine.Persistence.Health;
using ConsultEngine.Persistence.Providers;
using ConsultEngine.Runtime.Storage;
using ConsultEngine.Web.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ConsultEngine.Web.Tests.PostgreSql;

/// <summary>
/// Readiness on PostgreSQL: the database check asks the server with short timeouts, so a database that
/// accepts no connection (ALLOW_CONNECTIONS false and its sessions ended: what its clients see of a stopped
/// server, without stopping the shared one) is not ready within 5 s, and ready again once it accepts them.
/// </summary>
public sealed class ReadinessOnPostgreSqlTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(5);

    [SkippableFact]
    public async Task TheProbe_OnAnEmptyDatabase_IsReachable_ButNotReady_WithCE8092()
    {
        await using var database = await PostgresTestDatabase.CreateAsync();

        var probe = await PostgreSqlDatabaseProbe.CheckAsync(database.ConnectionString, TimeSpan.FromSeconds(2));

        Assert.True(probe.Reachable);
        Assert.False(probe.Ready);
        Assert.Equal(StorageCodes.MigrationsPending, probe.Code);
    }

    [SkippableFact]
    public async Task TheDatabaseCheck_IsUnhealthyWithCE8091Within5s_WhenTheDatabaseRefusesConnections_AndHealthyAgainWhenItReturns()
    {
        await using var database = await PostgresTestDatabase.CreateAsync();
        await DatabaseStores.MigrateAsync(DatabaseSelection.Resolve("PostgreSql", database.ConnectionString, null));
        using var folder = TestFolder.Create();
        await using var host = TestWebHost.BuildUnstarted(folder, TestWebHost.PostgreSqlSettings(database.ConnectionString));
        var health = host.Services.GetRequiredService<HealthCheckService>();

        Assert.Equal(HealthStatus.Healthy, (await CheckAsync(health)).Status);

        await database.BlockConnectionsAsync();
        var clock = Stopwatch.StartNew();
        var down = await CheckAsync(health);
        clock.Stop();
        Assert.Equal(HealthStatus.Unhealthy, down.Status);
        Assert.Equal(StorageCodes.DatabaseUnreachable, down.Data["code"]);
        Assert.True(clock.Elapsed < Bound, $"answered after {clock.Elapsed}");

        await database.AllowConnectionsAsync();
        Assert.Equal(HealthStatus.Healthy, (await CheckAsync(health)).Status);
    }

    [SkippableFact]
    public async Task HealthReady_Answers503Within5s_WhenTheDatabaseRefusesConnections_And200WhenItReturns()
    {
        await using var database = await PostgresTestDatabase.CreateAsync();
        await using var host = await TestWebHost.StartAsync(settings: TestWebHost.PostgreSqlSettings(database.ConnectionString));
        using var client = host.CreateClient();
        using (var up = await client.GetAsync(new Uri("health/ready", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.OK, up.StatusCode);
        }

        await database.BlockConnectionsAsync();
        var clock = Stopwatch.StartNew();
        using (var down = await client.GetAsync(new Uri("health/ready", UriKind.Relative)))
        {
            clock.Stop();
            Assert.Equal(HttpStatusCode.ServiceUnavailable, down.StatusCode);
            Assert.Contains(StorageCodes.DatabaseUnreachable, await down.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        Assert.True(clock.Elapsed < Bound, $"answered after {clock.Elapsed}");
        await database.AllowConnectionsAsync();
        using var back = await client.GetAsync(new Uri("health/ready", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, back.StatusCode);
    }

    private static async Task<HealthReportEntry> CheckAsync(HealthCheckService health) =>
        (await health.CheckHealthAsync(c => c.Name == "database")).Entries["database"];
}
