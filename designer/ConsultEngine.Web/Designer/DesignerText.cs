namespace ConsultEngine.Web.Designer;

/// <summary>
/// The marker of the designer's strings: <c>Resources/Designer/DesignerText.resx</c> (Vietnamese, the
/// neutral language) and <c>DesignerText.en.resx</c>, kept apart from the shared catalogue so the
/// designer's many strings do not crowd it.
/// </summary>
public sealed class DesignerText
{
    private DesignerText()
    {
    }
}
