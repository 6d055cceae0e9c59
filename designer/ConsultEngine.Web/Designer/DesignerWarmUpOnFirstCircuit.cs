using Microsoft.AspNetCore.Components.Server.Circuits;

namespace ConsultEngine.Web.Designer;

/// <summary>
/// Begins the designer's warm-up when a circuit opens: only staff pages (the designer, the console) run
/// interactively, so the public portal and the API never start it, and a staff user usually passes through
/// another staff page (the designer's list, the console) before opening a definition.
/// </summary>
internal sealed class DesignerWarmUpOnFirstCircuit(DesignerWarmUp warmUp) : CircuitHandler
{
    public override Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        warmUp.Begin();
        return Task.CompletedTask;
    }
}
