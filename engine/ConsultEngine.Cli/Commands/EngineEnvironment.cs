using ConsultEngine.Hosting;
using Microsoft.Extensions.Configuration;

namespace ConsultEngine.Cli.Commands;

/// <summary>
/// The engine's settings from the environment, read as the web host reads them: <c>ConsultEngine__BatchSize</c>
/// is <c>ConsultEngine:BatchSize</c> (<c>__</c> separates sections). Only variables with the
/// <see cref="Prefix"/> are read, so nothing else in an operator's shell reaches the engine; a setting the
/// engine cannot run with is refused at start with the same codes as the web host's (CE8121…). The
/// command's own options (<c>--db</c>, <c>--definitions</c>, <c>--plugins</c>) are applied after these, so they win.
/// </summary>
internal static class EngineEnvironment
{
    public const string Prefix = ConsultEngineOptions.SectionName + "__";

    public static IConfiguration Read()
    {
        // The provider strips the prefix and turns "__" into ":"; the section name is put back in front.
        var settings = new ConfigurationBuilder().AddEnvironmentVariables(Prefix).Build().AsEnumerable()
            .Where(setting => setting.Value is not null)
            .Select(setting => KeyValuePair.Create($"{ConsultEngineOptions.SectionName}{ConfigurationPath.KeyDelimiter}{setting.Key}", setting.Value));
        return new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
    }
}
