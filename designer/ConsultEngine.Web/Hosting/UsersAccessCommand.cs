using ConsultEngine.Abstractions;
using ConsultEngine.Web.Identity;

namespace ConsultEngine.Web.Hosting;

/// <summary>
/// <c>users disable NAME</c>, <c>users enable NAME</c>, <c>users remove-role NAME --role ROLE</c>, <c>users reset-2fa NAME</c>
/// [<c>--ConsultEngine:DatabasePath=…</c>]: account control from the server's shell (for example when the
/// last administrator must be locked out, which the API refuses to do to oneself). Thin: the work is
/// <see cref="AccountControl"/>'s; a refusal prints its code.
/// </summary>
internal static class UsersAccessCommand
{
    private static readonly string[] Verbs = ["disable", "enable", "remove-role", "reset-2fa"];

    public static bool Matches(string[] args) => args.Length > 1 && args[0] == "users" && Verbs.Contains(args[1], StringComparer.Ordinal);

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        string? role = null;
        var hostArgs = new List<string>();
        for (var i = 3; i < args.Length; i++)
        {
            if (args[i] == "--role" && i + 1 < args.Length)
            {
                role = args[++i];
            }
            else
            {
                hostArgs.Add(args[i]);
            }
        }

        var verb = args[1];
        if (args.Length < 3 || args[2].StartsWith('-') || (verb == "remove-role" && role is null))
        {
            Write(error, HostText.Both("Users.AccessUsage", string.Join(", ", Security.Roles.All)));
            return 2;
        }

        var userName = args[2];
        await using var app = ConsultWebHost.Build([.. hostArgs]);
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<UserAdministration>().PrepareAsync(CancellationToken.None).ConfigureAwait(false);
        var accounts = scope.ServiceProvider.GetRequiredService<AccountControl>();
        try
        {
            switch (verb)
            {
                case "disable":
                    // The shell is nobody's own account: no self-lockout guard applies; it works at the national level.
                    await accounts.DisableAsync(userName, actor: null, administratorProvince: null).ConfigureAwait(false);
                    Write(output, HostText.Both("Users.Disabled", userName));
                    break;
                case "enable":
                    await accounts.EnableAsync(userName, administratorProvince: null).ConfigureAwait(false);
                    Write(output, HostText.Both("Users.Enabled", userName));
                    break;
                case "reset-2fa":
                    await scope.ServiceProvider.GetRequiredService<TwoFactorReset>().ResetAsync(userName, actor: null, administratorProvince: null).ConfigureAwait(false);
                    Write(output, HostText.Both("Users.TwoFactorReset", userName));
                    break;
                default:
                    await accounts.RemoveRoleAsync(userName, role!, actor: null, administratorProvince: null).ConfigureAwait(false);
                    Write(output, HostText.Both("Users.RoleRemoved", role!, userName));
                    break;
            }

            return 0;
        }
        catch (ConsultEngineException e)
        {
            // Refused (no such user, the last administrator) or not kept by the user store: its code, then the words.
            Write(error, HostText.Both("Users.Failed", $"{e.Code}: {e.Message}"));
            return 1;
        }
    }

    private static void Write(TextWriter writer, IEnumerable<string> lines)
    {
        foreach (var line in lines)
        {
            writer.WriteLine(line);
        }
    }
}
