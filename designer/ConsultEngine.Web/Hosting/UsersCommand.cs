using ConsultEngine.Web.Identity;

namespace ConsultEngine.Web.Hosting;

/// <summary>
/// <c>users add NAME --role ROLE [--role ROLE…] [--organisation NAME] [--ConsultEngine:DatabasePath=…]</c>:
/// adds a user to the database the web host would use, with a generated password printed once (to be
/// changed at the first sign-in). Thin: the work is <see cref="UserAdministration"/>'s.
/// </summary>
internal static class UsersCommand
{
    public static bool Matches(string[] args) => args.Length > 0 && args[0] == "users";

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        if (args.Length < 3 || args[1] != "add" || args[2].StartsWith('-'))
        {
            await error.WriteLineAsync($"usage: users add NAME --role ROLE [--role ROLE] [--organisation NAME]   (roles: {string.Join(", ", Security.Roles.All)})").ConfigureAwait(false);
            return 2;
        }

        var roles = new List<string>();
        string? organisation = null;
        var hostArgs = new List<string>();
        for (var i = 3; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--role" when i + 1 < args.Length:
                    roles.Add(args[++i]);
                    break;
                case "--organisation" when i + 1 < args.Length:
                    organisation = args[++i];
                    break;
                default:
                    hostArgs.Add(args[i]);
                    break;
            }
        }

        if (roles.Count == 0)
        {
            await error.WriteLineAsync($"error: give at least one --role ({string.Join(", ", Security.Roles.All)}).").ConfigureAwait(false);
            return 2;
        }

        await using var app = ConsultWebHost.Build([.. hostArgs]);
        await using var scope = app.Services.CreateAsyncScope();
        var administration = scope.ServiceProvider.GetRequiredService<UserAdministration>();
        try
        {
            await administration.PrepareAsync(CancellationToken.None).ConfigureAwait(false);
            var user = await administration.AddAsync(args[2], roles, organisation: organisation).ConfigureAwait(false);
            var paths = app.Services.GetRequiredService<WebDataPaths>();
            await output.WriteLineAsync($"Added the user '{user.UserName}' ({string.Join(", ", roles)}) to {paths.DatabasePath}.").ConfigureAwait(false);
            await output.WriteLineAsync($"  One-time password: {user.Password}").ConfigureAwait(false);
            await output.WriteLineAsync("  It is shown only now and must be changed at the first sign-in.").ConfigureAwait(false);
            return 0;
        }
        catch (UserAdministrationException e)
        {
            await error.WriteLineAsync($"error: {e.Message}").ConfigureAwait(false);
            return 1;
        }
    }
}
