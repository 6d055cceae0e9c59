using System.Security.Claims;
using ConsultEngine.Web.Designer;

namespace ConsultEngine.Web.Tenancy;

/// <summary>The province rule for the designer's writes: a province changes only the definitions it owns; the national level changes all.</summary>
internal sealed class ProvinceOwnership(ProvinceAccess access) : IDefinitionOwnership
{
    public string RefusalCode => TenancyCodes.DefinitionOfAnotherProvince;

    public bool MayChange(ClaimsPrincipal user, string definitionId) => access.ChangesDefinition(StaffProvince.Of(user), definitionId);
}
