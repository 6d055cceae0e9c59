using System.Reflection;
using System.Xml.Linq;
using ConsultEngine.Web.Testing;

namespace ConsultEngine.Web.Tests.Codes;

/// <summary>
/// The register of code ranges (<see cref="CodeRanges"/>) against every code the engine, the web host and
/// the plugins define (found by reflection, <see cref="DefinedCodes"/>): each code lies in a registered
/// block, is defined by the catalogue that owns the block, once, has its texts in both languages, and
/// has the failure kind its constant declares.
/// </summary>
public sealed class CodeRangeRegisterTests
{
    private static readonly string Folder = Path.Combine(RepositoryPaths.Root, "designer", "ConsultEngine.Web", "Resources", "Codes");

    [Fact]
    public void TheRegister_IsOrdered_WithoutOverlaps_InsideCE0001ToCE9999()
    {
        var ranges = CodeRanges.All;
        Assert.All(ranges, r => Assert.True(r.First >= 1 && r.First <= r.Last && r.Last <= 9999, r.ToString()));
        Assert.All(ranges.Zip(ranges.Skip(1)), pair => Assert.True(pair.First.Last < pair.Second.First, $"{pair.First} overlaps or precedes {pair.Second}"));
        Assert.All(ranges, r => Assert.False(string.IsNullOrWhiteSpace(r.Meaning), r.ToString()));
    }

    [Fact]
    public void EveryCode_FallsInARegisteredRange()
    {
        var outside = DefinedCodes.Definitions.Where(d => CodeRanges.Find(d.Code) is null).Select(Where).ToList();
        Assert.True(outside.Count == 0, "codes in no registered range (register a block in CodeRanges first): " + string.Join(", ", outside));
    }

    [Fact]
    public void EveryCode_IsDefinedByTheCatalogueThatOwnsItsRange()
    {
        // Another catalogue may re-export a code as an alias (ReportCodes.InstanceNotFound = RuntimeCodes.InstanceNotFound),
        // but the owner of its block must define it too.
        var strays = DefinedCodes.Definitions.GroupBy(d => d.Code, StringComparer.Ordinal)
            .Where(g => CodeRanges.Find(g.Key) is { } range && !g.Any(d => Owns(range, d)))
            .Select(g => $"{g.Key} ({string.Join(", ", g.Select(Where))}; the block is {CodeRanges.Find(g.Key)})")
            .ToList();
        Assert.True(strays.Count == 0, "codes outside their catalogue's block: " + string.Join("; ", strays));
    }

    [Fact]
    public void EveryCode_IsDefinedOnce_ByItsOwner()
    {
        var twice = DefinedCodes.Definitions.Where(d => CodeRanges.Find(d.Code) is { } range && Owns(range, d))
            .GroupBy(d => d.Code, StringComparer.Ordinal).Where(g => g.Count() > 1)
            .Select(g => $"{g.Key}: {string.Join(", ", g.Select(Where))}")
            .ToList();
        Assert.True(twice.Count == 0, "codes defined twice: " + string.Join("; ", twice));
    }

    [Fact]
    public void EveryRegisteredOwner_Exists()
    {
        var catalogues = DefinedCodes.Definitions.Select(d => d.Catalogue.FullName).ToHashSet(StringComparer.Ordinal);
        var missing = CodeRanges.All.Where(r => r.Owner != CodeRanges.AnyPlugin && !catalogues.Contains(r.Owner)).Select(r => r.ToString()).ToList();
        Assert.True(missing.Count == 0, "the register names catalogues that define no code: " + string.Join(", ", missing));
    }

    [Theory]
    [InlineData("CodeText.resx")]
    [InlineData("CodeText.en.resx")]
    public void EveryRegisteredCode_HasItsText(string file)
    {
        var keys = XDocument.Load(Path.Combine(Folder, file)).Root!.Elements("data").Select(e => (string)e.Attribute("name")!).ToHashSet(StringComparer.Ordinal);
        var missing = DefinedCodes.Definitions.Select(d => d.Code).Distinct(StringComparer.Ordinal).Where(c => !keys.Contains(c)).ToList();
        Assert.True(missing.Count == 0, $"{file} has no text for: " + string.Join(", ", missing));
    }

    [Fact]
    public void EveryCode_HasTheKindItsConstantDeclares_OrItsRangesDefault()
    {
        // Read from the plugins too, each in its own load context: the host reads a plugin's kinds without naming it.
        var wrong = DefinedCodes.Definitions.Where(d => CodeRanges.Find(d.Code) is { } range && Owns(range, d))
            .Select(d => (d, Expected: d.Field.GetCustomAttribute<FailsAsAttribute>()?.Kind ?? CodeRanges.Find(d.Code)!.Default))
            .Where(x => FailureKinds.Of(x.d.Code) != x.Expected)
            .Select(x => $"{Where(x.d)}: {FailureKinds.Of(x.d.Code)}, declared {x.Expected}")
            .ToList();
        Assert.True(wrong.Count == 0, "kinds not as declared: " + string.Join("; ", wrong));
        Assert.Contains(DefinedCodes.Definitions, d => d.InPlugin && d.Field.GetCustomAttribute<FailsAsAttribute>() is not null);
    }

    private static bool Owns(CodeRange range, CodeDefinition definition) =>
        range.Owner == CodeRanges.AnyPlugin ? definition.InPlugin : string.Equals(range.Owner, definition.Catalogue.FullName, StringComparison.Ordinal);

    private static string Where(CodeDefinition d) => $"{d.Code} {d.Catalogue.FullName}.{d.Field.Name}";
}
