using System.Globalization;
using System.Resources;
using System.Xml.Linq;
using ConsultEngine.Web.Localization;
using ConsultEngine.Web.Testing;

namespace ConsultEngine.Web.Tests;

/// <summary>The Vietnamese and English catalogues name the same strings, none of them empty.</summary>
public sealed class LocalizationResourceTests
{
    private static readonly string Folder = Path.Combine(RepositoryPaths.Root, "designer", "ConsultEngine.Web", "Resources", "Localization");

    [Fact]
    public void VietnameseAndEnglish_HaveTheSameKeys()
    {
        var vietnamese = Keys("SharedResource.resx");
        var english = Keys("SharedResource.en.resx");
        Assert.Empty(vietnamese.Keys.Except(english.Keys));
        Assert.Empty(english.Keys.Except(vietnamese.Keys));
        Assert.DoesNotContain(vietnamese, e => string.IsNullOrWhiteSpace(e.Value));
        Assert.DoesNotContain(english, e => string.IsNullOrWhiteSpace(e.Value));
    }

    [Fact]
    public void BuiltCatalogue_AnswersInBothLanguages()
    {
        var manager = new ResourceManager("ConsultEngine.Web.Resources.Localization.SharedResource", typeof(SharedResource).Assembly);
        Assert.Equal("Đăng nhập", manager.GetString("Account.Login.Title", CultureInfo.GetCultureInfo("vi")));
        Assert.Equal("Sign in", manager.GetString("Account.Login.Title", CultureInfo.GetCultureInfo("en")));
    }

    private static Dictionary<string, string> Keys(string file) =>
        XDocument.Load(Path.Combine(Folder, file)).Root!.Elements("data")
            .ToDictionary(e => (string)e.Attribute("name")!, e => (string?)e.Element("value") ?? "", StringComparer.Ordinal);
}
