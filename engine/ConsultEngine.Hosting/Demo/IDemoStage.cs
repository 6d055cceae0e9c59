namespace ConsultEngine.Hosting.Demo;

/// <summary>
/// One part of the example consultation's story, run in order on the same instance. Later parts
/// (the generated report, dispositions, published results) are appended as further stages.
/// </summary>
internal interface IDemoStage
{
    Task RunAsync(DemoRun run);
}
