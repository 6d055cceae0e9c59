namespace ConsultEngine.Hosting.Demo;

/// <summary>
/// One part of the example consultation's story, run in order on the same instance.
/// </summary>
internal interface IDemoStage
{
    Task RunAsync(DemoRun run);
}
