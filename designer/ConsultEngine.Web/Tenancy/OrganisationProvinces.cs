using ConsultEngine.Web.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace ConsultEngine.Web.Tenancy;

/// <summary>
/// Whether a contracted organisation can work on a province's consultation: a tool step is given to an
/// organisation, and its accounts see only their province's consultations. An organisation whose every
/// account works for another province is refused (CE8403), so no step is given to people who could never
/// open it; one with no account yet, or with a national or same-province account, may be given the step.
/// </summary>
internal sealed class OrganisationProvinces(IServiceScopeFactory scopes, ProvinceAccess access)
{
    public async Task CheckAsync(string organisation, string consultationVariablesJson, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        var province = access.ProvinceOf(consultationVariablesJson);
        // One scope per check: the callers are singletons and open circuits, which outlive any one context.
        await using var scope = scopes.CreateAsyncScope();
        var accounts = await scope.ServiceProvider.GetRequiredService<UserManager<ConsultUser>>().Users
            .Where(u => u.Organisation == organisation)
            .Select(u => u.Province)
            .Distinct()
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        if (accounts.Count > 0 && !accounts.Any(p => ProvinceAccess.Sees(p, province)))
        {
            throw new StaffConsole.ConsoleException(TenancyCodes.OrganisationOfAnotherProvince,
                $"Every account of '{organisation}' works for another province than the consultation's ({province}).", "/organisation");
        }
    }
}
