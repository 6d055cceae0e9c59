using ConsultEngine.Web.Tests.Verification;
using ConsultEngine.Web.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace ConsultEngine.Web.Tests.PostgreSql;

/// <summary>
/// Two web hosts on one new PostgreSQL database, each on its own folder (nothing shared but the database and
/// the configured keys), with one recording SMS gateway between them; the users are seeded through the first.
/// </summary>
internal sealed class TwoNodes : IAsyncDisposable
{
    private TwoNodes(PostgresTestDatabase database, TestWebHost first, TestWebHost second, RecordingSms sms)
    {
        Database = database;
        First = first;
        Second = second;
        Sms = sms;
    }

    public PostgresTestDatabase Database { get; }

    public TestWebHost First { get; }

    public TestWebHost Second { get; }

    public RecordingSms Sms { get; }

    public static async Task<TwoNodes> StartAsync(bool seedUsers = true)
    {
        var database = await PostgresTestDatabase.CreateAsync();
        TestWebHost? first = null;
        try
        {
            var sms = new RecordingSms();
            first = await StartNodeAsync(database, sms);
            if (seedUsers)
            {
                await TestUsers.SeedAsync(first);
            }

            var second = await StartNodeAsync(database, sms);
            return new TwoNodes(database, first, second, sms);
        }
        catch
        {
            if (first is not null)
            {
                await first.DisposeAsync();
            }

            await database.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await First.DisposeAsync();
        await Second.DisposeAsync();
        await Database.DisposeAsync();
    }

    private static Task<TestWebHost> StartNodeAsync(PostgresTestDatabase database, RecordingSms sms) =>
        TestWebHost.StartAsync(
            settings: TestWebHost.PostgreSqlSettings(database.ConnectionString),
            services: services => services.AddSingleton<ConsultEngine.Hosting.Notifications.Sms.ISmsTransport>(sms));
}
