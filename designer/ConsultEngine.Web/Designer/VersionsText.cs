namespace ConsultEngine.Web.Designer;

/// <summary>
/// The marker of the designer's version-management strings (versions, compare, overlay changes):
/// <c>Resources/Designer/VersionsText.resx</c> (Vietnamese, the neutral language) and
/// <c>VersionsText.en.resx</c>. A catalogue of its own so these pages do not crowd <see cref="DesignerText"/>.
/// </summary>
public sealed class VersionsText
{
    private VersionsText()
    {
    }
}
