namespace ConsultEngine.Hosting.Demo;

/// <summary>
/// How long one phase of creating the example took (a stage of the story, or a costly part of one):
/// the wall-clock time and the process CPU time spent meanwhile (on a shared machine the first
/// mostly measures the load, the second the work). <see cref="Cpu"/> is <see langword="null"/> when not measured.
/// </summary>
public sealed record DemoPhase(string Name, TimeSpan Took, TimeSpan? Cpu = null);
