namespace ConsultEngine.Tests.Plugins;

/// <summary>A plugin assembly with no tool class (only the abstract base): refused (CE9007).</summary>
public static class NoToolHere
{
    public const string Why = "This assembly holds no tool.";
}
