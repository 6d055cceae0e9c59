using System.Text.Json;
using ConsultEngine.Hosting.Plugins;
using ConsultEngine.Web.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace ConsultEngine.Web.Tests.Console;

/// <summary>
/// The console generates staff forms from the loaded tools' config and action payload schemas, which
/// plugins write with English property names: every property name of every loaded tool has a
/// Vietnamese and an English label (<c>Field.{name}</c>), so no form shows a raw name.
/// </summary>
public sealed class FieldLabelTests
{
    [Fact]
    public async Task EveryPropertyOfEveryLoadedToolsSchemas_HasAVietnameseAndAnEnglishLabel()
    {
        await using var host = await TestWebHost.StartAsync();
        var catalog = host.Services.GetRequiredService<PluginCatalog>();
        var names = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var tool in catalog.Tools)
        {
            foreach (var schema in tool.Manifest.Actions.Select(a => a.PayloadSchema).Prepend(tool.Manifest.ConfigSchema))
            {
                using var document = JsonDocument.Parse(schema);
                Collect(document.RootElement, names);
            }
        }

        Assert.True(catalog.Tools.Count >= 4, "the host loaded fewer tools than the four of the product");
        Assert.NotEmpty(names);
        foreach (var file in new[] { "ConsoleText.resx", "ConsoleText.en.resx" })
        {
            var labelled = ConsoleTextTests.Keys(file);
            var missing = names.Where(n => !labelled.ContainsKey("Field." + n)).ToArray();
            Assert.True(missing.Length == 0, $"{file} has no Field.NAME label for: {string.Join(", ", missing)}");
        }
    }

    /// <summary>Every name under a "properties" object, at any depth (items, definitions, alternatives).</summary>
    private static void Collect(JsonElement element, SortedSet<string> names)
    {
        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                Collect(item, names);
            }
        }
        else if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in element.EnumerateObject())
            {
                if (property.NameEquals("properties") && property.Value.ValueKind == JsonValueKind.Object)
                {
                    foreach (var named in property.Value.EnumerateObject())
                    {
                        names.Add(named.Name);
                        Collect(named.Value, names);
                    }
                }
                else
                {
                    Collect(property.Value, names);
                }
            }
        }
    }
}
