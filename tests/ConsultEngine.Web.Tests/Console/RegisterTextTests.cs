using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;
using ConsultEngine.Persistence.Registers;
using ConsultEngine.Web.StaffConsole;
using ConsultEngine.Web.Testing;

namespace ConsultEngine.Web.Tests.Console;

/// <summary>The register pages' texts exist in Vietnamese and English, and every key they name (and every enum value they show) is in the catalogue.</summary>
public sealed partial class RegisterTextTests
{
    private static readonly string Pages = Path.Combine(RepositoryPaths.Root, "designer", "ConsultEngine.Web", "Console");

    [Fact]
    public void VietnameseAndEnglish_HaveTheSameKeys_NoneEmpty()
    {
        var vietnamese = ConsoleTextTests.Keys("RegisterText.resx");
        var english = ConsoleTextTests.Keys("RegisterText.en.resx");
        Assert.Empty(vietnamese.Keys.Except(english.Keys));
        Assert.Empty(english.Keys.Except(vietnamese.Keys));
        Assert.DoesNotContain(vietnamese, e => string.IsNullOrWhiteSpace(e.Value));
        Assert.DoesNotContain(english, e => string.IsNullOrWhiteSpace(e.Value));
    }

    [Fact]
    public void EveryKeyThePagesName_AndEveryEnumValueTheyShow_IsInTheCatalogue()
    {
        var catalogue = ConsoleTextTests.Keys("RegisterText.resx").Keys.ToHashSet(StringComparer.Ordinal);
        // Only the files that take their texts from this catalogue: other console pages name their own R.
        var named = Directory.EnumerateFiles(Pages, "*.razor", SearchOption.AllDirectories)
            .Where(file => !File.ReadAllText(file).Contains("IStringLocalizer<", StringComparison.Ordinal) || File.ReadAllText(file).Contains("IStringLocalizer<RegisterText>", StringComparison.Ordinal))
            .SelectMany(file => LiteralKey().Matches(File.ReadAllText(file)).Select(m => m.Groups[1].Value))
            .Where(key => !key.EndsWith('.'))
            .ToHashSet(StringComparer.Ordinal);
        IEnumerable<string> computed =
        [
            .. Enum.GetNames<DispositionKind>().Select(n => "Kind." + n),
            .. Enum.GetNames<ResponseKind>().Select(n => "Response." + n),
            .. Enum.GetNames<DecisionKind>().Select(n => "DecisionKind." + n),
            .. Enum.GetNames<DecisionStatus>().Select(n => "Status." + n),
        ];

        Assert.NotEmpty(named);
        Assert.Empty(named.Concat(computed).Where(key => !catalogue.Contains(key)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void BuiltCatalogue_AnswersInBothLanguages()
    {
        var manager = new ResourceManager("ConsultEngine.Web.Resources.StaffConsole.RegisterText", typeof(ConsoleCodes).Assembly);
        Assert.Equal("Tiếp thu", manager.GetString("Kind.TakenUp", CultureInfo.GetCultureInfo("vi")));
        Assert.Equal("Taken up", manager.GetString("Kind.TakenUp", CultureInfo.GetCultureInfo("en")));
    }

    [GeneratedRegex("""\bR\["([A-Za-z0-9.\-]+)"\]""")]
    private static partial Regex LiteralKey();
}
