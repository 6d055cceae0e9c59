namespace ConsultEngine.Web.Designer;

/// <summary>
/// The marker of the designer's simulation strings: <c>Resources/Designer/SimulationText.resx</c>
/// (Vietnamese, the neutral language) and <c>SimulationText.en.resx</c>, apart from
/// <see cref="DesignerText"/> so the simulation panel's many strings stay together.
/// </summary>
public sealed class SimulationText
{
    private SimulationText()
    {
    }
}
