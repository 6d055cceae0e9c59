using System.Security.Claims;

namespace ConsultEngine.Web.Designer;

/// <summary>
/// Whether a signed-in user may change a definition (draft, save, publish, import, retire, discard). The
/// designer's pages hide what a user may not change, but a circuit event can be forged, so the designer's
/// own services ask again before they write.
/// </summary>
public interface IDefinitionOwnership
{
    /// <summary><see langword="true"/> when <paramref name="user"/> may change the definition <paramref name="definitionId"/>.</summary>
    bool MayChange(ClaimsPrincipal user, string definitionId);

    /// <summary>The code a refusal carries.</summary>
    string RefusalCode { get; }
}
