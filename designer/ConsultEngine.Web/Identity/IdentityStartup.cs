using ConsultEngine.Runtime.Storage;
using ConsultEngine.Web.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace ConsultEngine.Web.Identity;

/// <summary>
/// On start: migrates the users' tables and the engine's store, seeds the roles and, when no user
/// exists yet, creates the administrator <see cref="FirstAdministrator"/> with a one-time password.
/// Once the server listens it prints the address, the data's place and — on that first run only — how
/// the administrator signs in.
/// </summary>
internal sealed class IdentityStartup(IServiceProvider services, IServer server, IHostApplicationLifetime lifetime, HostConsole console, WebDataPaths paths) : IHostedService
{
    public const string FirstAdministrator = "admin";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        NewUser? created = null;
        await using (var scope = services.CreateAsyncScope())
        {
            var administration = scope.ServiceProvider.GetRequiredService<UserAdministration>();
            await administration.PrepareAsync(cancellationToken).ConfigureAwait(false);
            if (!await administration.AnyUserAsync(cancellationToken).ConfigureAwait(false))
            {
                created = await administration.AddAsync(FirstAdministrator, [Security.Roles.Administrator]).ConfigureAwait(false);
            }
        }

        // The engine's tables are created and migrated when its store is first opened: do it now, not on a first request.
        _ = services.GetRequiredService<IInstanceStore>();
        lifetime.ApplicationStarted.Register(() => console.WriteBlock(Banner(created)));
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>The banner, in Vietnamese and English (<see cref="HostText"/>).</summary>
    private List<string> Banner(NewUser? created)
    {
        var address = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault() ?? HostText.Label("Banner.UnknownAddress");
        var lines = new List<string>(HostText.Both("Banner.Listening", address));
        lines.AddRange(HostText.Labelled("  ", ("Banner.Database", paths.Database.Where), ("Banner.Definitions", paths.DefinitionsPath)));
        if (created is not null)
        {
            lines.Add("");
            lines.Add("======================================================================");
            lines.AddRange(HostText.Both("Banner.FirstRun").Select(l => " " + l));
            lines.AddRange(HostText.Labelled(
                "   ",
                ("Banner.SignInAt", $"{address.TrimEnd('/')}/account/login"),
                ("Banner.UserName", created.UserName),
                ("Banner.Password", created.Password)));
            lines.AddRange(HostText.Both("Banner.ShownOnce").Select(l => " " + l));
            lines.Add("======================================================================");
            lines.Add("");
        }

        return lines;
    }
}
