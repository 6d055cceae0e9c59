using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using ConsultEngine.Web.Portal;
using ConsultEngine.Web.Testing;

namespace ConsultEngine.Web.Tests.Portal;

/// <summary>The portal's catalogue: the same keys in Vietnamese and English, and every key the pages name exists.</summary>
public sealed partial class PortalTextTests
{
    private static readonly string Folder = Path.Combine(RepositoryPaths.Root, "designer", "ConsultEngine.Web", "Resources", "Portal");
    private static readonly string Pages = Path.Combine(RepositoryPaths.Root, "designer", "ConsultEngine.Web", "Portal");

    [Fact]
    public void VietnameseAndEnglish_HaveTheSameKeys_AndNoEmptyText()
    {
        var vietnamese = Entries("PortalText.resx");
        var english = Entries("PortalText.en.resx");
        Assert.Equal(vietnamese.Keys.Order(StringComparer.Ordinal), english.Keys.Order(StringComparer.Ordinal));
        Assert.DoesNotContain(vietnamese, e => string.IsNullOrWhiteSpace(e.Value));
        Assert.DoesNotContain(english, e => string.IsNullOrWhiteSpace(e.Value));
    }

    [Fact]
    public void EveryKeyThePagesName_IsInTheCatalogue_AndResolvesInBothLanguages()
    {
        var manager = new ResourceManager("ConsultEngine.Web.Resources.Portal.PortalText", typeof(PortalText).Assembly);
        var named = Directory.EnumerateFiles(Pages, "*.razor", SearchOption.AllDirectories)
            .SelectMany(file => KeyUse().Matches(File.ReadAllText(file)).Select(m => m.Groups[1].Value))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        Assert.NotEmpty(named);
        foreach (var key in named)
        {
            Assert.False(string.IsNullOrEmpty(manager.GetString(key, CultureInfo.GetCultureInfo("vi"))), $"'{key}' has no Vietnamese text");
            Assert.False(string.IsNullOrEmpty(manager.GetString(key, CultureInfo.GetCultureInfo("en"))), $"'{key}' has no English text");
        }

        Assert.NotEqual(manager.GetString("Home.Title", CultureInfo.GetCultureInfo("vi")), manager.GetString("Home.Title", CultureInfo.GetCultureInfo("en")));
    }

    private static Dictionary<string, string> Entries(string file) =>
        XDocument.Load(Path.Combine(Folder, file)).Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? string.Empty, StringComparer.Ordinal);

    [GeneratedRegex("P\\[\"([^\"]+)\"")]
    private static partial Regex KeyUse();
}
