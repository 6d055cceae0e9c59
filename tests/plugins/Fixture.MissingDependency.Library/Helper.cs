namespace ConsultEngine.Tests.Plugins.Library;

public sealed class Helper
{
    public static string Id => "missing-dependency";
}
