using ConsultEngine.Web.Identity;

namespace ConsultEngine.Web.Hosting;

/// <summary>
/// <c>users add NAME --role ROLE [--role ROLE…] [--organisation NAME] [--province CODE|national] [--ConsultEngine:DatabasePath=…]</c>:
/// adds a user to the database the web host would use, with a generated password printed once (to be
/// changed at the first sign-in). Thin: the work is <see cref="UserAdministration"/>'s.
/// </summary>
internal static class UsersCommand
{
    public static bool Matches(string[] args) => args.Length > 0 && args[0] == "users";

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        if (UsersAccessCommand.Matches(args))
        {
            return await UsersAccessCommand.RunAsync(args, output, error).ConfigureAwait(false);
        }

        if (args.Length < 3 || args[1] != "add" || args[2].StartsWith('-'))
        {
            await WriteAsync(error, HostText.Both("Users.Usage", string.Join(", ", Security.Roles.All))).ConfigureAwait(false);
            return 2;
        }

        var roles = new List<string>();
        string? organisation = null;
        string? province = null;
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
                case "--province" when i + 1 < args.Length:
                    // A province's staff see only its consultations; without it the user is national.
                    province = args[++i];
                    break;
                default:
                    hostArgs.Add(args[i]);
                    break;
            }
        }

        if (roles.Count == 0)
        {
            await WriteAsync(error, HostText.Both("Users.NoRole", string.Join(", ", Security.Roles.All))).ConfigureAwait(false);
            return 2;
        }

        await using var app = ConsultWebHost.Build([.. hostArgs]);
        await using var scope = app.Services.CreateAsyncScope();
        var administration = scope.ServiceProvider.GetRequiredService<UserAdministration>();
        try
        {
            await administration.PrepareAsync(CancellationToken.None).ConfigureAwait(false);
            var user = await administration.AddAsync(args[2], roles, organisation: organisation, province: province).ConfigureAwait(false);
            var paths = app.Services.GetRequiredService<WebDataPaths>();
            await WriteAsync(output, HostText.Both("Users.Added", user.UserName, string.Join(", ", roles), paths.Database.Where)).ConfigureAwait(false);
            await WriteAsync(output, HostText.Labelled("  ", ("Users.OneTimePassword", user.Password))).ConfigureAwait(false);
            await WriteAsync(output, HostText.Both("Users.ShownOnce").Select(l => "  " + l)).ConfigureAwait(false);
            return 0;
        }
        catch (UserAdministrationException e) when (e.Code == AccessCodes.UnknownRole)
        {
            // Refused like a missing --role: in both languages, with the roles there are.
            await WriteAsync(error, HostText.Both("Users.UnknownRole", e.Code, e.Value ?? string.Empty, string.Join(", ", Security.Roles.All))).ConfigureAwait(false);
            return 1;
        }
        catch (UserAdministrationException e) when (e.Code == Tenancy.TenancyCodes.UnknownProvince)
        {
            await WriteAsync(error, HostText.Both("Users.UnknownProvince", e.Code, e.Value ?? string.Empty, Tenancy.StaffProvince.NationalWord)).ConfigureAwait(false);
            return 1;
        }
        catch (UserAdministrationException e)
        {
            // A name or password the user store refused: its code, then the store's own words (English and specific).
            await WriteAsync(error, HostText.Both("Users.Failed", $"{e.Code}: {e.Message}")).ConfigureAwait(false);
            return 1;
        }
    }

    private static async Task WriteAsync(TextWriter writer, IEnumerable<string> lines)
    {
        foreach (var line in lines)
        {
            await writer.WriteLineAsync(line).ConfigureAwait(false);
        }
    }
}
