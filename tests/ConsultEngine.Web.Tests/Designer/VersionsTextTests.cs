using System.Text.RegularExpressions;
using System.Xml.Linq;
using ConsultEngine.Web.Testing;

namespace ConsultEngine.Web.Tests.Designer;

/// <summary>
/// The version-management strings: Vietnamese and English name the same keys, none empty, and every
/// key the pages ask for by a literal name is in the catalogue (a missing one would show its key).
/// </summary>
public sealed partial class VersionsTextTests
{
    private static readonly string Web = Path.Combine(RepositoryPaths.Root, "designer", "ConsultEngine.Web");

    [Fact]
    public void VietnameseAndEnglish_HaveTheSameKeys_NoneEmpty()
    {
        var vietnamese = Keys("VersionsText.resx");
        var english = Keys("VersionsText.en.resx");

        Assert.Equal(vietnamese.Keys.Order(StringComparer.Ordinal), english.Keys.Order(StringComparer.Ordinal));
        Assert.DoesNotContain(vietnamese, e => string.IsNullOrWhiteSpace(e.Value));
        Assert.DoesNotContain(english, e => string.IsNullOrWhiteSpace(e.Value));
    }

    [Fact]
    public void EveryLiteralKeyThePagesUse_IsInTheCatalogue()
    {
        var keys = Keys("VersionsText.resx");
        var files = Directory.GetFiles(Path.Combine(Web, "Designer", "Components", "Versions"), "*.*")
            .Append(Path.Combine(Web, "Designer", "Components", "DesignerList.razor"));
        var used = files.SelectMany(f => LiteralKey().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value)).Distinct().ToList();

        Assert.NotEmpty(used);
        Assert.DoesNotContain(used, k => !keys.ContainsKey(k));
    }

    [Fact]
    public void EveryChangeAreaAndKind_HasItsWord()
    {
        var keys = Keys("VersionsText.resx");

        Assert.All(Enum.GetNames<ConsultEngine.Definitions.Diff.ChangeArea>(), area => Assert.Contains("Area." + area, keys.Keys));
        Assert.All(Enum.GetNames<ConsultEngine.Definitions.Diff.ChangeKind>(), kind => Assert.Contains("Kind." + kind, keys.Keys));
    }

    // A whole literal key (V["Versions.Title"], V["Version.Number", n]), not a prefix a page completes (V["Kind." + kind]).
    [GeneratedRegex(@"\b(?:V|text)\[""([A-Za-z.]+)""\s*[\],]")]
    private static partial Regex LiteralKey();

    private static Dictionary<string, string> Keys(string file) =>
        XDocument.Load(Path.Combine(Web, "Resources", "Designer", file)).Root!.Elements("data")
            .ToDictionary(e => (string)e.Attribute("name")!, e => (string?)e.Element("value") ?? "", StringComparer.Ordinal);
}
