namespace ConsultEngine.Web.Portal;

/// <summary>
/// The marker of the portal's string catalogue: <c>Resources/Portal/PortalText.resx</c> (Vietnamese,
/// the neutral language) and <c>PortalText.en.resx</c> (English), with the same keys. Kept apart from
/// the shared catalogue so the portal's strings change in one place.
/// </summary>
public sealed class PortalText
{
    private PortalText()
    {
    }
}
