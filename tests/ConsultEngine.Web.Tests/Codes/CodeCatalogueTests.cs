using System.Globalization;
using System.Resources;
using System.Xml.Linq;
using ConsultEngine.Web.Codes;
using ConsultEngine.Web.Testing;

namespace ConsultEngine.Web.Tests.Codes;

/// <summary>
/// The code text catalogue (<c>Resources/Codes/CodeText*.resx</c>) has a Vietnamese and an English text for
/// every code the engine, the plugins and the web host define, and none for a code that no longer exists.
/// </summary>
public sealed class CodeCatalogueTests
{
    private static readonly string Folder = Path.Combine(RepositoryPaths.Root, "designer", "ConsultEngine.Web", "Resources", "Codes");

    /// <summary>The catalogue's keys that are not codes: the generic text and the problem details leads.</summary>
    private const string FieldTextPrefix = "At.";

    private static readonly string[] NonCodeKeys =
        ["Other", "Status.400", "Status.401", "Status.403", "Status.404", "Status.405", "Status.409", "Status.422", "Status.429", "Status.500", "Status.503", "Status.Other"];

    [Fact]
    public void Discovery_FindsTheCatalogues_OfTheEngineThePluginsAndTheWebHost()
    {
        // A discovery that found nothing would let every other test here pass: check it found each source.
        var codes = DefinedCodes.All;
        Assert.Contains("CE1002", codes.Keys);  // validator
        Assert.Contains("CE3501", codes.Keys);  // edit commands
        Assert.Contains("CE8001", codes.Keys);  // runtime
        Assert.Contains("CE8501", codes.Keys);  // definition store
        Assert.Contains("CE9101", codes.Keys);  // tool contract
        Assert.Contains("CE9901", codes.Keys);  // web host
        Assert.Contains("CE3601", codes.Keys);  // designer (an internal descriptor)
        Assert.Equal(
            ["ConsultEngine.Plugins.DraftComments", "ConsultEngine.Plugins.FocusGroup", "ConsultEngine.Plugins.OnlinePoll", "ConsultEngine.Plugins.PublicHearing", "ConsultEngine.Plugins.Survey"],
            DefinedCodes.PluginAssemblies.Order(StringComparer.Ordinal));
        Assert.Contains("CE9201", codes.Keys);  // survey
        Assert.Contains("CE9601", codes.Keys);  // XLSForm import
        Assert.Contains("CE9701", codes.Keys);  // draft comments
    }

    [Fact]
    public void EveryDefinedCode_HasAVietnameseText()
    {
        var vietnamese = Texts("CodeText.resx");
        var missing = DefinedCodes.All.Where(c => !vietnamese.ContainsKey(c.Key)).Select(c => $"{c.Key} ({c.Value})").ToList();
        Assert.True(missing.Count == 0, "no Vietnamese text for: " + string.Join(", ", missing));
    }

    [Fact]
    public void EveryDefinedCode_HasAnEnglishText()
    {
        var english = Texts("CodeText.en.resx");
        var missing = DefinedCodes.All.Where(c => !english.ContainsKey(c.Key)).Select(c => $"{c.Key} ({c.Value})").ToList();
        Assert.True(missing.Count == 0, "no English text for: " + string.Join(", ", missing));
    }

    [Theory]
    [InlineData("CodeText.resx")]
    [InlineData("CodeText.en.resx")]
    public void TheCatalogue_HasNoTextForACodeThatNoLongerExists(string file)
    {
        // A code's text for a problem at a named field (At.{code}) counts as the code's own.
        var keys = Texts(file).Keys.Select(k => k.StartsWith(FieldTextPrefix, StringComparison.Ordinal) ? k[FieldTextPrefix.Length..] : k).ToList();
        var stale = keys.Where(k => DefinedCodes.CodePattern().IsMatch(k) && !DefinedCodes.All.ContainsKey(k)).ToList();
        Assert.True(stale.Count == 0, $"{file} has texts for codes nothing defines: " + string.Join(", ", stale));
        Assert.Empty(keys.Where(k => !DefinedCodes.CodePattern().IsMatch(k)).Except(NonCodeKeys));
    }

    [Fact]
    public void BothLanguages_HaveTheSameKeys_NoEmptyText_AndAreReallyTranslated()
    {
        var vietnamese = Texts("CodeText.resx");
        var english = Texts("CodeText.en.resx");
        Assert.Equal(vietnamese.Keys.Order(StringComparer.Ordinal), english.Keys.Order(StringComparer.Ordinal));
        Assert.DoesNotContain(vietnamese, e => string.IsNullOrWhiteSpace(e.Value));
        Assert.DoesNotContain(english, e => string.IsNullOrWhiteSpace(e.Value));

        // An English sentence pasted into the Vietnamese file, or left untranslated, has no Vietnamese letter.
        var notVietnamese = vietnamese.Where(e => !e.Value.Any(c => c > 127)).Select(e => e.Key).ToList();
        Assert.True(notVietnamese.Count == 0, "Vietnamese texts without Vietnamese letters: " + string.Join(", ", notVietnamese));
        Assert.Empty(vietnamese.Where(e => english[e.Key] == e.Value).Select(e => e.Key));
    }

    [Fact]
    public void TheService_AnswersInTheCurrentCulture_AndNamesAnUnknownCode()
    {
        var codes = CodeTextHost.Create();
        using (new UiCulture("vi"))
        {
            Assert.Equal("Hai bước trùng mã.", codes.Text("CE2002"));
            Assert.True(codes.Knows("CE2002"));
            Assert.False(codes.Knows("CE0000"));
            Assert.Contains("CE0000", codes.Text("CE0000"), StringComparison.Ordinal);
            Assert.Equal("Không tìm thấy nội dung được yêu cầu.", codes.StatusLead(404));
        }

        using (new UiCulture("en"))
        {
            Assert.Equal("Two steps have the same id.", codes.Text("CE2002"));
            Assert.Equal("The request could not be handled.", codes.StatusLead(418));
        }
    }

    [Fact]
    public void BuiltCatalogue_HasTheEnglishSatellite()
    {
        var manager = new ResourceManager("ConsultEngine.Web.Resources.Codes.CodeText", typeof(CodeText).Assembly);
        Assert.Equal("Tiêu đề chưa có nội dung tiếng Việt.", manager.GetString("CE2007", CultureInfo.GetCultureInfo("vi")));
        Assert.Equal("A title has no Vietnamese text.", manager.GetString("CE2007", CultureInfo.GetCultureInfo("en")));
    }

    private static Dictionary<string, string> Texts(string file) =>
        XDocument.Load(Path.Combine(Folder, file)).Root!.Elements("data")
            .ToDictionary(e => (string)e.Attribute("name")!, e => (string?)e.Element("value") ?? "", StringComparer.Ordinal);
}
