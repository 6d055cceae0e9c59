namespace ConsultEngine.Web.Localization;

/// <summary>
/// The marker of the product's one string catalogue: <c>Resources/Localization/SharedResource.resx</c>
/// (Vietnamese, the neutral language) and <c>SharedResource.en.resx</c> (English), with the same keys.
/// </summary>
public sealed class SharedResource
{
    private SharedResource()
    {
    }
}
