using ConsultEngine.Web.Hosting;
using ConsultEngine.Web.Identity;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace ConsultEngine.Web.Testing;

/// <summary>
/// The real web host, started as the program starts it (<see cref="ConsultWebHost.Build"/>) on
/// 127.0.0.1 with a free port, its data in <see cref="Folder"/> (content root, <c>consult.db</c>, keys),
/// the repository's definitions and the plugins copied beside the test assembly. What it prints for
/// its operator is kept in <see cref="Output"/>. Stop and start it again on the same folder to test a restart.
/// </summary>
public sealed class TestWebHost : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly SynchronizedStringWriter _output;

    private TestWebHost(WebApplication app, TestFolder folder, SynchronizedStringWriter output, Uri address)
    {
        _app = app;
        Folder = folder;
        _output = output;
        Address = address;
    }

    public TestFolder Folder { get; }

    /// <summary>The address the host listens on, e.g. <c>http://127.0.0.1:40123/</c>.</summary>
    public Uri Address { get; }

    /// <summary>What the host printed to its console so far (address, first-run sign-in).</summary>
    public string Output => _output.ToString();

    public IServiceProvider Services => _app.Services;

    /// <summary>
    /// Starts a host on <paramref name="folder"/> (a new temporary one when null); <paramref name="services"/>
    /// adds to its container before the product's own registrations (a test's in-process tool).
    /// </summary>
    public static async Task<TestWebHost> StartAsync(TestFolder? folder = null, IReadOnlyDictionary<string, string>? settings = null, Action<IServiceCollection>? services = null)
    {
        folder ??= TestFolder.Create();
        var output = new SynchronizedStringWriter();
        var app = Build(folder, output, settings, services);
        try
        {
            await app.StartAsync().ConfigureAwait(false);
        }
        catch
        {
            // A host that refuses to start (a coded refusal the test expects) leaves nothing running behind it.
            await app.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new TestWebHost(app, folder, output, new Uri(address.TrimEnd('/') + "/"));
    }

    /// <summary>
    /// The host's application built with the test settings but not started: its services (users, assignments,
    /// data protection, health checks) can be used while no hosted service runs. The caller disposes it.
    /// </summary>
    public static WebApplication BuildUnstarted(TestFolder folder, IReadOnlyDictionary<string, string>? settings = null) =>
        Build(folder, new SynchronizedStringWriter(), settings, services: null);

    /// <summary>
    /// The settings that put a host on the PostgreSQL database of <paramref name="connectionString"/>, with the keys every
    /// node of one database must share (the identifier hash key and the journal key), the same for every host of a test.
    /// </summary>
    public static Dictionary<string, string> PostgreSqlSettings(string connectionString) => new(StringComparer.Ordinal)
    {
        ["ConsultEngine:Database:Provider"] = "PostgreSql",
        ["ConsultEngine:Database:ConnectionString"] = connectionString,
        ["ConsultEngine:IdentifierHashKey"] = Convert.ToBase64String(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray()),
        ["ConsultEngine:JournalKey"] = Convert.ToBase64String(Enumerable.Range(101, 32).Select(i => (byte)i).ToArray()),
    };

    private static WebApplication Build(TestFolder folder, SynchronizedStringWriter output, IReadOnlyDictionary<string, string>? settings, Action<IServiceCollection>? services)
    {
        var args = new List<string>
        {
            $"--contentRoot={folder.Path}",
            "--urls=http://127.0.0.1:0",
            "--environment=Production",
            $"--ConsultEngine:DatabasePath={Path.Combine(folder.Path, "consult.db")}",
            $"--ConsultEngine:DefinitionsPath={RepositoryPaths.Definitions}",
            "--ConsultEngine:RunBackgroundServices=false",
            "--Logging:LogLevel:Default=Warning",
            "--Logging:LogLevel:Microsoft.AspNetCore.DataProtection=Error",
            // Tests sign in far more often than people do; the rate-limit test sets its own limits.
            "--ConsultWeb:RateLimits:SignInPerMinute=100000",
            "--ConsultWeb:RateLimits:PublicSubmissionPerMinute=100000",
            "--ConsultWeb:RateLimits:PublicReadPerMinute=100000",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            args.Add($"--{key}={value}");
        }

        return ConsultWebHost.Build([.. args], builder =>
        {
            builder.Services.AddSingleton(new HostConsole(output));
            services?.Invoke(builder.Services);
        });
    }

    /// <summary>
    /// Adds a user with a known password through the same service the <c>users add</c> command uses. A user of
    /// a role that requires two-factor sign-in is enrolled with <see cref="TestUsers.AuthenticatorKey"/>, unless
    /// <paramref name="enrolTwoFactor"/> is false (a test of the enrolment itself).
    /// </summary>
    public async Task AddUserAsync(string userName, string role, string password, string? organisation = null, bool enrolTwoFactor = true)
    {
        await using (var scope = Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<UserAdministration>().AddAsync(userName, [role], password, organisation).ConfigureAwait(false);
        }

        if (enrolTwoFactor && TwoFactorRule.AppliesTo([role]))
        {
            await EnrolTwoFactorAsync(userName).ConfigureAwait(false);
        }
    }

    /// <summary>Turns two-factor sign-in on for the user with the key <see cref="TestUsers.AuthenticatorKey"/> (as if the user had enrolled).</summary>
    public async Task EnrolTwoFactorAsync(string userName)
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ConsultUser>>();
        var user = await users.FindByNameAsync(userName).ConfigureAwait(false) ?? throw new InvalidOperationException($"No user '{userName}'.");
        var keys = (IUserAuthenticatorKeyStore<ConsultUser>)scope.ServiceProvider.GetRequiredService<IUserStore<ConsultUser>>();
        await keys.SetAuthenticatorKeyAsync(user, TestUsers.AuthenticatorKey(userName), CancellationToken.None).ConfigureAwait(false);
        var enabled = await users.SetTwoFactorEnabledAsync(user, true).ConfigureAwait(false);
        if (!enabled.Succeeded)
        {
            throw new InvalidOperationException(string.Join(" ", enabled.Errors.Select(e => e.Description)));
        }
    }

    public HttpClient CreateClient(HttpMessageHandler? handler = null) =>
        new(handler ?? new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = Address };

    /// <summary>Stops the host and keeps its folder (to start again on it).</summary>
    public async Task StopAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }

    /// <summary>Stops the host and deletes its folder.</summary>
    public async ValueTask DisposeAsync()
    {
        await StopAsync().ConfigureAwait(false);
        Folder.Dispose();
    }
}
