namespace ConsultEngine.Tests.Plugins.Versioned;

/// <summary>Says which version of the private library answered.</summary>
public static class Greeting
{
    public static string Version => "2";
}
