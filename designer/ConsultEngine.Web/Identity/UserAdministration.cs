using ConsultEngine.Abstractions;
using ConsultEngine.Persistence.Providers;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace ConsultEngine.Web.Identity;

/// <summary>
/// Adds users and the roles: the one place the first-run administrator, the <c>users add</c> command and
/// the tests' seeded users are made, so all three follow the same rules.
/// </summary>
internal sealed class UserAdministration(IdentityDb db, UserManager<ConsultUser> users, RoleManager<IdentityRole> roles)
{
    /// <summary>Brings the users' tables up to date and makes sure every role of <see cref="Security.Roles"/> exists.</summary>
    public async Task PrepareAsync(CancellationToken cancellationToken)
    {
        await db.Database.MigrateWhenPendingAsync(cancellationToken).ConfigureAwait(false);
        foreach (var role in Security.Roles.All)
        {
            if (!await roles.RoleExistsAsync(role).ConfigureAwait(false))
            {
                UserAdministrationException.ThrowIfFailed(await roles.CreateAsync(new IdentityRole(role)).ConfigureAwait(false), Tenancy.TenancyCodes.AccountNotCreated);
            }
        }
    }

    public Task<bool> AnyUserAsync(CancellationToken cancellationToken) => users.Users.AnyAsync(cancellationToken);

    /// <summary>
    /// Adds a user with the given roles. Without a password one is generated, returned once, and must
    /// be changed at the first sign-in. Refused with a code: CE9993 a role that does not exist (the
    /// exception's <see cref="UserAdministrationException.Value"/> names it), CE8401 a province that is
    /// not one, CE8404 a name or password the user store refuses.
    /// </summary>
    public async Task<NewUser> AddAsync(string userName, IReadOnlyCollection<string> roleNames, string? password = null, string? organisation = null, string? province = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userName);
        ArgumentNullException.ThrowIfNull(roleNames);
        var unknown = roleNames.Where(r => !Security.Roles.All.Contains(r, StringComparer.Ordinal)).ToList();
        if (unknown.Count > 0)
        {
            var named = string.Join(", ", unknown);
            throw new UserAdministrationException(AccessCodes.UnknownRole, $"Unknown role(s): {named}. Roles: {string.Join(", ", Security.Roles.All)}.", named);
        }

        if (!Tenancy.StaffProvince.TryParse(province, out var provinceCode))
        {
            throw new UserAdministrationException(Tenancy.TenancyCodes.UnknownProvince,
                $"'{province}' is not a province code (01…96) nor '{Tenancy.StaffProvince.NationalWord}'.", province);
        }

        var generated = password is null;
        var user = new ConsultUser { UserName = userName, MustChangePassword = generated, Organisation = organisation, Province = provinceCode };
        var secret = password ?? PasswordGenerator.Generate();
        UserAdministrationException.ThrowIfFailed(await users.CreateAsync(user, secret).ConfigureAwait(false), Tenancy.TenancyCodes.AccountNotCreated);
        if (roleNames.Count > 0)
        {
            UserAdministrationException.ThrowIfFailed(await users.AddToRolesAsync(user, roleNames).ConfigureAwait(false), Tenancy.TenancyCodes.AccountNotCreated);
        }

        return new NewUser(userName, secret, generated);
    }

    /// <summary>
    /// Adds an account for an administrator (the API, the users page): its password generated, shown once.
    /// A province's administrator (<paramref name="administratorProvince"/>) makes accounts of its province only
    /// (CE8402; its own when <paramref name="province"/> is empty); CE9993 an unknown role, CE8404 a name taken.
    /// </summary>
    public async Task<(NewUser User, string? Province)> CreateAsync(string? userName, IReadOnlyCollection<string> roleNames, string? organisation, string? province, string? administratorProvince)
    {
        ArgumentNullException.ThrowIfNull(roleNames);
        if (roleNames.FirstOrDefault(r => !Security.Roles.All.Contains(r, StringComparer.Ordinal)) is { } unknown)
        {
            throw new AccessException(AccessCodes.UnknownRole, $"'{unknown}' is not one of the roles: {string.Join(", ", Security.Roles.All)}.");
        }

        var code = Tenancy.ProvinceAccounts.Assign(administratorProvince, province);
        if (string.IsNullOrWhiteSpace(userName))
        {
            throw new StaffConsole.ConsoleException(Tenancy.TenancyCodes.AccountNotCreated, "The user name is required.", "/userName");
        }

        try
        {
            var added = await AddAsync(userName.Trim(), [.. roleNames.Distinct(StringComparer.Ordinal)], organisation: string.IsNullOrWhiteSpace(organisation) ? null : organisation.Trim(),
                province: code ?? Tenancy.StaffProvince.NationalWord).ConfigureAwait(false);
            return (added, code);
        }
        catch (UserAdministrationException e)
        {
            // The roles were checked above (CE9993), the province by Assign: what is left is the name or the store.
            throw new StaffConsole.ConsoleException(Tenancy.TenancyCodes.AccountNotCreated, e.Message, "/userName");
        }
    }
}

/// <summary>A user just added; <see cref="Password"/> is shown once and never stored in clear.</summary>
internal sealed record NewUser(string UserName, string Password, bool PasswordGenerated);

/// <summary>
/// A user could not be added (unknown role, name taken, password refused) or an account not changed.
/// <see cref="ConsultEngineException.Code"/> is the refusal's code: CE9993, CE8401 or CE8404 from
/// <see cref="UserAdministration"/>, CE9995 where the user store refused a change to an account;
/// <see cref="Value"/> the argument refused, when one was. A coded failure like every other, so the
/// console, the API and the shell answer it with its code and text.
/// </summary>
internal sealed class UserAdministrationException : ConsultEngineException
{
    public UserAdministrationException(string code, string message, string? value = null)
        : base(message)
    {
        Code = code;
        Value = value;
    }

    public override string Code { get; }

    public string? Value { get; }

    /// <summary>Throws, with <paramref name="code"/> and the store's own words, when the user store refused.</summary>
    public static void ThrowIfFailed(IdentityResult result, string code = AccessCodes.AccountNotChanged)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (!result.Succeeded)
        {
            throw new UserAdministrationException(code, string.Join(" ", result.Errors.Select(e => $"{e.Code}: {e.Description}")));
        }
    }
}
