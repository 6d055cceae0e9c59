using ConsultEngine.Web.Codes;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers <see cref="ICodeText"/>, the localised texts of the codes.</summary>
internal static class CodeTextServiceCollectionExtensions
{
    public static IServiceCollection AddCodeText(this IServiceCollection services)
    {
        services.AddLocalization();
        services.TryAddSingleton<ICodeText, ResourceCodeText>();
        return services;
    }
}
