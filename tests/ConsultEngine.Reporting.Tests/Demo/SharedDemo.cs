namespace ConsultEngine.Reporting.Tests.Demo;

/// <summary>One example consultation for every test class of the folder: creating it is the costly part.</summary>
[CollectionDefinition(Name)]
public sealed class SharedDemo : ICollectionFixture<DemoReport>
{
    public const string Name = "the example consultation";
}
