using ConsultEngine.Hosting.Notifications;
using ConsultEngine.Web.Security;
using ConsultEngine.Web.StaffConsole;
using Microsoft.AspNetCore.Identity;

namespace ConsultEngine.Web.Identity;

/// <summary>
/// The staff a notify step or an escalation mails: the users of the web role that works the
/// definition role (<see cref="DefinitionRoles"/>; administrators for a role the product does not
/// know), with an address, not locked out.
/// </summary>
internal sealed class IdentityStaffDirectory(IServiceScopeFactory scopes, TimeProvider clock) : IStaffDirectory
{
    public async Task<IReadOnlyList<string>> EmailsForRoleAsync(string definitionRole, CancellationToken cancellationToken = default)
    {
        var role = DefinitionRoles.WebRole(definitionRole) ?? Roles.Administrator;
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ConsultUser>>();
        var now = clock.GetUtcNow();
        return [.. (await users.GetUsersInRoleAsync(role).ConfigureAwait(false))
            .Where(u => !string.IsNullOrWhiteSpace(u.Email) && (u.LockoutEnd is null || u.LockoutEnd <= now))
            .Select(u => u.Email!)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Order(StringComparer.OrdinalIgnoreCase)];
    }
}
