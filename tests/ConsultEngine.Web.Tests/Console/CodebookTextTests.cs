using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;
using ConsultEngine.Web.StaffConsole;
using ConsultEngine.Web.Testing;

namespace ConsultEngine.Web.Tests.Console;

/// <summary>The codebook page's texts exist in Vietnamese and English, and every key its components name is in the catalogue.</summary>
public sealed partial class CodebookTextTests
{
    private static readonly string Pages = Path.Combine(RepositoryPaths.Root, "designer", "ConsultEngine.Web", "Console");

    [Fact]
    public void VietnameseAndEnglish_HaveTheSameKeys_NoneEmpty()
    {
        var vietnamese = ConsoleTextTests.Keys("CodebookText.resx");
        var english = ConsoleTextTests.Keys("CodebookText.en.resx");
        Assert.Empty(vietnamese.Keys.Except(english.Keys));
        Assert.Empty(english.Keys.Except(vietnamese.Keys));
        Assert.DoesNotContain(vietnamese, e => string.IsNullOrWhiteSpace(e.Value));
        Assert.DoesNotContain(english, e => string.IsNullOrWhiteSpace(e.Value));
    }

    [Fact]
    public void EveryKeyTheComponentsName_IsInTheCatalogue()
    {
        var catalogue = ConsoleTextTests.Keys("CodebookText.resx").Keys.ToHashSet(StringComparer.Ordinal);
        var named = Directory.EnumerateFiles(Pages, "*.razor", SearchOption.AllDirectories)
            .SelectMany(file => LiteralKey().Matches(File.ReadAllText(file)).Select(m => m.Groups[1].Value))
            .ToHashSet(StringComparer.Ordinal);

        Assert.NotEmpty(named);
        Assert.Empty(named.Where(key => !catalogue.Contains(key)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void BuiltCatalogue_AnswersInBothLanguages()
    {
        var manager = new ResourceManager("ConsultEngine.Web.Resources.StaffConsole.CodebookText", typeof(ConsoleCodes).Assembly);
        Assert.Equal("Bộ mã chủ đề của đợt tham vấn", manager.GetString("Title", CultureInfo.GetCultureInfo("vi")));
        Assert.Equal("Consultation codebook", manager.GetString("Title", CultureInfo.GetCultureInfo("en")));
    }

    [GeneratedRegex("""\bCB\["([A-Za-z0-9.\-]+)"\]""")]
    private static partial Regex LiteralKey();
}
