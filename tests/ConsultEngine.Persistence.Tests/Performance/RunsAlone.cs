namespace ConsultEngine.Persistence.Tests.Performance;

/// <summary>Measurements and the crash test run alone, so other tests do not share their two cores.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class RunsAlone
{
    public const string Name = "serial";
}
