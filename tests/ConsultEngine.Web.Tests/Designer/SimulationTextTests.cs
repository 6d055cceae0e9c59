using System.Reflection;
using System.Xml.Linq;
using ConsultEngine.Runtime.Journal;
using ConsultEngine.Testing.Guided;
using ConsultEngine.Web.Designer.Simulation;
using ConsultEngine.Web.Testing;

namespace ConsultEngine.Web.Tests.Designer;

/// <summary>The simulation panel's catalogue: the same keys in Vietnamese and English, and a text for every journal event and every stop and refusal code it shows.</summary>
public sealed class SimulationTextTests
{
    private static readonly string Folder = Path.Combine(RepositoryPaths.Root, "designer", "ConsultEngine.Web", "Resources", "Designer");

    private static Dictionary<string, string> Keys(string file) =>
        XDocument.Load(Path.Combine(Folder, file)).Root!.Elements("data")
            .ToDictionary(e => (string)e.Attribute("name")!, e => (string?)e.Element("value") ?? "", StringComparer.Ordinal);

    private static IEnumerable<string> Constants(Type type) =>
        type.GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!);

    [Fact]
    public void VietnameseAndEnglish_HaveTheSameKeys_NoneEmpty()
    {
        var vietnamese = Keys("SimulationText.resx");
        var english = Keys("SimulationText.en.resx");

        Assert.Empty(vietnamese.Keys.Except(english.Keys));
        Assert.Empty(english.Keys.Except(vietnamese.Keys));
        Assert.DoesNotContain(vietnamese, e => string.IsNullOrWhiteSpace(e.Value));
        Assert.DoesNotContain(english, e => string.IsNullOrWhiteSpace(e.Value));
    }

    [Fact]
    public void EveryJournalEvent_StopCode_AndRefusalCode_HasItsText()
    {
        var keys = Keys("SimulationText.resx").Keys.ToHashSet(StringComparer.Ordinal);
        var needed = Constants(typeof(JournalEvents)).Select(e => "Event." + e)
            .Concat(new[] { GuidedRunCodes.StepLimitReached, GuidedRunCodes.TimeLimitReached, GuidedRunCodes.Stalled }.Select(c => "Stop." + c))
            .Concat(new[] { GuidedRunCodes.NotStarted, GuidedRunCodes.ScenarioInvalid }.Select(c => "Refusal." + c))
            .Concat(Constants(typeof(SimulationCodes)).Select(c => "Refusal." + c));

        Assert.DoesNotContain(needed, k => !keys.Contains(k));
    }
}
