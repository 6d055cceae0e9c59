using System.Net;
using System.Text.Json;
using ConsultEngine.Persistence.Tools;
using ConsultEngine.Runtime.Reliability;
using ConsultEngine.Runtime.Storage;
using ConsultEngine.Web.Api;
using ConsultEngine.Web.Hosting;
using ConsultEngine.Web.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace ConsultEngine.Web.Tests.Hosting;

/// <summary>
/// <c>/health/live</c> answers while the process runs; <c>/health/ready</c> answers 200 only when the database
/// is reachable and migrated, the writer alive and not backed up, and there is room; 503 with each check's code otherwise.
/// </summary>
public sealed class ReadinessTests
{
    [Fact]
    public async Task AHealthyHost_IsLiveAndReady_WithEveryCheckListed_AndApiHealthStillAnswers()
    {
        await using var host = await TestWebHost.StartAsync();
        using var client = host.CreateClient();

        using var live = await client.GetAsync(new Uri("health/live", UriKind.Relative));
        var (status, ready) = await ReadyAsync(client);
        using var api = await client.GetAsync(new Uri("api/health", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.NotEqual("unhealthy", ready.GetProperty("status").GetString());
        Assert.Equal(["database", "plugins", "storage", "writer"], Checks(ready).Keys.Order(StringComparer.Ordinal).ToArray());
        Assert.Equal("healthy", Checks(ready)["database"].GetProperty("status").GetString());
        Assert.Equal("healthy", Checks(ready)["writer"].GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.OK, api.StatusCode);
    }

    [Fact]
    public async Task APendingMigration_MakesTheHostNotReady_503WithCE8092_WhileItStaysLive()
    {
        await using var host = await TestWebHost.StartAsync();
        using var client = host.CreateClient();
        var database = host.Services.GetRequiredService<WebDataPaths>().DatabasePath;
        await using (var connection = new SqliteConnection($"Data Source={database};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            // As if the file came from an older build: the history no longer lists this build's migrations.
            command.CommandText = "DELETE FROM __ef_migrations_history";
            Assert.True(await command.ExecuteNonQueryAsync() > 0);
        }

        var (status, ready) = await ReadyAsync(client);
        using var live = await client.GetAsync(new Uri("health/live", UriKind.Relative));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Equal("unhealthy", ready.GetProperty("status").GetString());
        Assert.Equal(StorageCodes.MigrationsPending, Checks(ready)["database"].GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
    }

    [Theory]
    [InlineData(false, 0)]
    [InlineData(true, 95)]
    public async Task AStoppedOrBackedUpWriter_MakesTheHostNotReady_503WithCE8065(bool running, int queued)
    {
        var writer = new WriterHealth(running, running ? null : ReliabilityCodes.IngestionUnavailable, queued, 100, DateTimeOffset.UnixEpoch, null);
        await using var host = await TestWebHost.StartAsync(services: s => s.AddSingleton<IWriterHealth>(new FixedWriter(writer)));
        using var client = host.CreateClient();

        var (status, ready) = await ReadyAsync(client);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Equal(ReliabilityCodes.IngestionUnavailable, Checks(ready)["writer"].GetProperty("code").GetString());
        Assert.Equal("healthy", Checks(ready)["database"].GetProperty("status").GetString());
    }

    [Fact]
    public async Task ADatabaseFoundFullJustNow_MakesTheHostNotReady_503WithCE8066_UntilTheHoldIsOver()
    {
        var justNow = new WriterHealth(true, null, 0, 100, DateTimeOffset.UtcNow, ReliabilityCodes.IngestionStorageFull);
        var longAgo = justNow with { LastProgressAt = DateTimeOffset.UtcNow.AddMinutes(-5) };
        var writer = new SwitchableWriter(justNow);
        await using var host = await TestWebHost.StartAsync(services: s => s.AddSingleton<IWriterHealth>(writer));
        using var client = host.CreateClient();

        var (status, ready) = await ReadyAsync(client);
        writer.Health = longAgo;
        var (later, _) = await ReadyAsync(client);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Equal(ReliabilityCodes.IngestionStorageFull, Checks(ready)["storage"].GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.OK, later);
    }

    [Theory]
    [InlineData(ReliabilityCodes.IngestionStorageFull)]
    [InlineData(ReliabilityCodes.IngestionUnavailable)]
    [InlineData(StorageCodes.StorageFull)]
    public void AFullOrBackedUpStore_AnswersAsServiceUnavailable(string code) =>
        Assert.Equal(503, FailureStatus.OfCode(code));

    private static async Task<(HttpStatusCode Status, JsonElement Body)> ReadyAsync(HttpClient client)
    {
        using var response = await client.GetAsync(new Uri("health/ready", UriKind.Relative));
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return (response.StatusCode, document.RootElement.Clone());
    }

    private static Dictionary<string, JsonElement> Checks(JsonElement ready) =>
        ready.GetProperty("checks").EnumerateArray().ToDictionary(c => c.GetProperty("name").GetString()!, c => c);

    private sealed class FixedWriter(WriterHealth health) : IWriterHealth
    {
        public WriterHealth Check() => health;
    }

    private sealed class SwitchableWriter(WriterHealth health) : IWriterHealth
    {
        public volatile WriterHealth Health = health;

        public WriterHealth Check() => Health;
    }
}
