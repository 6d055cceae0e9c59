using ConsultEngine.Definitions.Diagnostics;

namespace ConsultEngine.Web.Designer;

/// <summary>Why the designer's library refuses a save, publish or import (CE36xx, next to the edit codes CE35xx).</summary>
internal static class DesignerCodes
{
    public static readonly DiagnosticDescriptor VersionNotDraft = new("CE3601", DiagnosticSeverity.Error, "Only a draft version can be saved or published.");
    public static readonly DiagnosticDescriptor NotADefinition = new("CE3602", DiagnosticSeverity.Error, "The imported document is not a process definition.");
    public static readonly DiagnosticDescriptor NoActor = new("CE3603", DiagnosticSeverity.Error, "Saving, publishing and importing need a signed-in user to record as the actor.");
}
