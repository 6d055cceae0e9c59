using System.Xml.Linq;
using ConsultEngine.Web.Hosting;
using ConsultEngine.Web.Testing;

namespace ConsultEngine.Web.Tests.Codes;

/// <summary>What the server prints is in Vietnamese first, then English, from one catalogue with the same keys in both.</summary>
public sealed class HostTextTests
{
    private static readonly string Folder = Path.Combine(RepositoryPaths.Root, "designer", "ConsultEngine.Web", "Resources", "Hosting");

    [Fact]
    public void VietnameseAndEnglish_HaveTheSameKeys_AndDiffer()
    {
        var vietnamese = Texts("HostText.resx");
        var english = Texts("HostText.en.resx");
        Assert.Equal(vietnamese.Keys.Order(StringComparer.Ordinal), english.Keys.Order(StringComparer.Ordinal));
        Assert.Empty(vietnamese.Where(e => english[e.Key] == e.Value).Select(e => e.Key));
    }

    [Fact]
    public void Both_IsVietnameseThenEnglish_AndLabelsCarryBoth()
    {
        Assert.Equal(["ConsultEngine đang chạy tại http://x", "ConsultEngine is listening on http://x"], HostText.Both("Banner.Listening", "http://x"));
        Assert.Equal("Mật khẩu / Password", HostText.Label("Banner.Password"));
        var rows = HostText.Labelled(" ", ("Banner.UserName", "admin"), ("Banner.Password", "secret"));
        Assert.Equal(rows[0].IndexOf("admin", StringComparison.Ordinal), rows[1].IndexOf("secret", StringComparison.Ordinal));
    }

    private static Dictionary<string, string> Texts(string file) =>
        XDocument.Load(Path.Combine(Folder, file)).Root!.Elements("data")
            .ToDictionary(e => (string)e.Attribute("name")!, e => (string?)e.Element("value") ?? "", StringComparer.Ordinal);
}
