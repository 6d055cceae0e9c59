using System.Globalization;
using ConsultEngine.Web.Codes;
using Microsoft.Extensions.DependencyInjection;

namespace ConsultEngine.Web.Tests.Codes;

/// <summary>The code text service as the web host registers it, in a container built with validation on.</summary>
internal static class CodeTextHost
{
    public static ICodeText Create()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddLocalization(options => options.ResourcesPath = "Resources");
        services.AddCodeText();
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true }).GetRequiredService<ICodeText>();
    }
}

/// <summary>Sets the UI culture for a block and puts the previous one back.</summary>
internal sealed class UiCulture : IDisposable
{
    private readonly CultureInfo _previous = CultureInfo.CurrentUICulture;

    public UiCulture(string name) => CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(name);

    public void Dispose() => CultureInfo.CurrentUICulture = _previous;
}
