using ConsultEngine.Definitions.Diagnostics;
using ConsultEngine.Definitions.Editing;
using ConsultEngine.Definitions.Editing.Rules;

namespace ConsultEngine.Definitions.Tests.Editing;

public sealed class RuleCheckerTests
{
    [Fact]
    public void Check_ValidScriptOfTheStandard_HasNoMarkers()
    {
        var definition = Standard.Definition();

        Assert.All(RuleLocation.All(definition), r => Assert.Empty(RuleChecker.Check(r.Source, definition)));
    }

    [Fact]
    public void Check_SyntaxErrorOnTheSecondLine_IsMarkedAtItsLineAndColumn()
    {
        var markers = RuleChecker.Check("vars.a === 1 &&\n  vars.b === )");

        var marker = Assert.Single(markers);
        Assert.Equal("CE4001", marker.Code);
        Assert.Equal((2, 14), (marker.StartLine, marker.StartColumn));
        Assert.Equal(2, marker.EndLine);
        Assert.True(marker.EndColumn > marker.StartColumn);
    }

    [Fact]
    public void Check_ScriptEndingEarly_IsMarkedPastItsLastCharacter()
    {
        var marker = Assert.Single(RuleChecker.Check("rules.needsContractor &&"));

        Assert.Equal("CE4001", marker.Code);
        Assert.Equal(1, marker.StartLine);
        Assert.True(marker.StartColumn >= 24, marker.ToString());
    }

    [Fact]
    public void Check_Empty_IsCE4005()
    {
        Assert.Equal("CE4005", Assert.Single(RuleChecker.Check("  ")).Code);
    }

    [Fact]
    public void Check_UnknownRuleAndStep_AreMarkedAtTheirMemberExpressions()
    {
        var markers = RuleChecker.Check("rules.needsPilot &&\n  rules.nope && steps['ghost']?.ok", Standard.Definition());

        Assert.Equal(
            [("CE4002", 2, 3, 2, 13), ("CE4004", 2, 17, 2, 31)],
            markers.Select(m => (m.Code, m.StartLine, m.StartColumn, m.EndLine, m.EndColumn)));
    }

    [Fact]
    public void For_AddsTheValidatorsOtherDiagnosticsAtTheScript_AndKeepsPreciseOnesOnce()
    {
        var definition = Standard.Definition();
        var pointer = DiagnosticTargets.PointerOf(definition, "select-issues") + "/when";
        var source = "steps.ghost";
        Diagnostic[] diagnostics =
        [
            new("CE4004", DiagnosticSeverity.Error, "whole script", pointer, 0, 0),
            new("CE9999", DiagnosticSeverity.Warning, "something else", pointer, 0, 0),
            new("CE1004", DiagnosticSeverity.Error, "another place", "/rules/x", 0, 0),
        ];

        var markers = RuleMarkers.For(source, pointer, definition, diagnostics);

        Assert.Equal([("CE4004", 1, 1, 1, 12), ("CE9999", 1, 1, 1, 12)], markers.Select(m => (m.Code, m.StartLine, m.StartColumn, m.EndLine, m.EndColumn)));
    }

    [Fact]
    public void All_ListsRulesGuardsAndChecksWithTheValidatorsPointers()
    {
        var definition = Standard.Definition();

        var all = RuleLocation.All(definition);

        Assert.Equal(definition.Rules.Count, all.Count(r => r.Kind == RuleKind.Rule));
        var guard = all.First(r => r.Kind == RuleKind.Guard);
        Assert.Equal(guard.StepId, DiagnosticTargets.StepOf(definition, guard.Path));
        Assert.EndsWith("/when", guard.Path, StringComparison.Ordinal);
        Assert.Equal(definition.AllSteps().Sum(s => s.Validate.Count), all.Count(r => r.Kind == RuleKind.Check));
    }

    [Fact]
    public void ValidatorDiagnostic_OfABrokenGuard_LeadsToItsStepAndItsMarkers()
    {
        var definition = Standard.Definition();
        var broken = new SetStepField("meet-executive", "/when", "\"vars.x ===\"").ApplyTo(definition).Definition;

        var diagnostic = Standard.Validator.Validate(broken).Single(d => d.Code == "CE4001");
        var source = broken.AllSteps().Single(s => s.Id == "meet-executive").When!;

        Assert.Equal("meet-executive", DiagnosticTargets.StepOf(broken, diagnostic.Path));
        Assert.Equal("CE4001", Assert.Single(RuleMarkers.For(source, diagnostic.Path, broken, [diagnostic])).Code);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("/rules/x")]
    [InlineData("/phases/0/steps/999/when")]
    [InlineData("/phases/x/steps/0")]
    public void StepOf_PathOutsideAnyStep_IsNull(string? path)
    {
        Assert.Null(DiagnosticTargets.StepOf(Standard.Definition(), path));
    }

    [Fact]
    public void Locations_OfAStep_AreItsGuardAndChecks()
    {
        var definition = Standard.Definition();

        var locations = RuleLocation.OfStep(definition, "contract-organisations");

        Assert.Equal([RuleKind.Guard, RuleKind.Check], locations.Select(l => l.Kind));
        Assert.Empty(RuleLocation.OfStep(definition, "ghost"));
    }
}
