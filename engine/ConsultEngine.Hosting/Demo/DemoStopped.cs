namespace ConsultEngine.Hosting.Demo;

/// <summary>Raised inside a run when it reaches the step <see cref="DemoOptions.StopBefore"/> names; the run ends there, the step left waiting.</summary>
#pragma warning disable CA1064 // Never leaves the assembly: CreateAsync catches it.
internal sealed class DemoStopped(string stepId) : Exception($"The example stops before '{stepId}'.")
#pragma warning restore CA1064
{
    public string StepId => stepId;
}
