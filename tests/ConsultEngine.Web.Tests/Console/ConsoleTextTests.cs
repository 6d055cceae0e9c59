using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using ConsultEngine.Runtime.Journal;
using ConsultEngine.Runtime.State;
using ConsultEngine.Web.StaffConsole;
using ConsultEngine.Web.Testing;

namespace ConsultEngine.Web.Tests.Console;

/// <summary>Every console text exists in Vietnamese and English, and every key the console's pages name is in the catalogue.</summary>
public sealed partial class ConsoleTextTests
{
    private static readonly string Folder = Path.Combine(RepositoryPaths.Root, "designer", "ConsultEngine.Web", "Resources", "StaffConsole");
    private static readonly string Pages = Path.Combine(RepositoryPaths.Root, "designer", "ConsultEngine.Web", "Console");

    [Fact]
    public void VietnameseAndEnglish_HaveTheSameKeys_NoneEmpty()
    {
        var vietnamese = Keys("ConsoleText.resx");
        var english = Keys("ConsoleText.en.resx");
        Assert.Empty(vietnamese.Keys.Except(english.Keys));
        Assert.Empty(english.Keys.Except(vietnamese.Keys));
        Assert.DoesNotContain(vietnamese, e => string.IsNullOrWhiteSpace(e.Value));
        Assert.DoesNotContain(english, e => string.IsNullOrWhiteSpace(e.Value));
    }

    [Fact]
    public void EveryKeyThePagesName_AndEveryComputedKey_IsInTheCatalogue()
    {
        var catalogue = Keys("ConsoleText.resx").Keys.ToHashSet(StringComparer.Ordinal);
        var named = Directory.EnumerateFiles(Pages, "*.razor", SearchOption.AllDirectories)
            .SelectMany(file => LiteralKey().Matches(File.ReadAllText(file)).Select(m => m.Groups[1].Value))
            .Where(key => !key.EndsWith('.'))
            .ToHashSet(StringComparer.Ordinal);
        IEnumerable<string> computed =
        [
            .. Enum.GetNames<InstanceStatus>().Select(n => "Instance." + n),
            .. Enum.GetNames<PhaseStanding>().Select(n => "Phase." + n),
            .. Enum.GetNames<global::ConsultEngine.Hosting.Tools.ToolStepStatus>().Select(n => "ToolStatus." + n),
            .. Abstractions.RespondentAttributes.Names.Select(n => "Attribute." + n),
            .. typeof(JournalEvents).GetFields().Select(f => "Event." + f.GetValue(null)),
            .. Enum.GetValues<Abstractions.AgreementReading>().Select(r => "Reading." + Abstractions.AgreementReadings.Code(r)),
            .. Enum.GetNames<Abstractions.InputChannel>().Select(n => "Channel." + n),
            .. Enum.GetNames<Abstractions.WhichCoder>().Select(n => "Analysis.Coder." + n),
            // The codes' texts (the console's own among them) live in the code text catalogue (Resources/Codes).
            "Step.Done", "Step.Active", "Step.Waiting", "Step.Escalated", "Step.Skipped", "Step.Failed", "Step.Cancelled",
        ];

        Assert.NotEmpty(named);
        Assert.Empty(named.Concat(computed).Where(key => !catalogue.Contains(key)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void BuiltCatalogue_AnswersInBothLanguages()
    {
        var manager = new ResourceManager("ConsultEngine.Web.Resources.StaffConsole.ConsoleText", typeof(ConsoleCodes).Assembly);
        Assert.Equal("Việc cần làm", manager.GetString("Inbox.Title", CultureInfo.GetCultureInfo("vi")));
        Assert.Equal("Task inbox", manager.GetString("Inbox.Title", CultureInfo.GetCultureInfo("en")));
    }

    /// <summary>A console resource file's keys and texts.</summary>
    internal static Dictionary<string, string> Keys(string file) =>
        XDocument.Load(Path.Combine(Folder, file)).Root!.Elements("data")
            .ToDictionary(e => (string)e.Attribute("name")!, e => (string?)e.Element("value") ?? "", StringComparer.Ordinal);

    [GeneratedRegex("""T\["([A-Za-z0-9.\-]+)"\]""")]
    private static partial Regex LiteralKey();
}
