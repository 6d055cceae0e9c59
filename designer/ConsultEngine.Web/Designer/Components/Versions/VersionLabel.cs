using ConsultEngine.Hosting.Definitions;
using ConsultEngine.Web.Designer.Versions;
using Microsoft.Extensions.Localization;

namespace ConsultEngine.Web.Designer.Components.Versions;

/// <summary>How the versions pages name a version and link to it: store numbers (0 is the draft) in their own addresses, the designer's numbers (the draft under the number it will get) in the editor's.</summary>
internal static class VersionLabel
{
    public static string Of(IStringLocalizer<VersionsText> text, int version) =>
        version == DesignerVersions.Draft ? text["Version.Draft"] : text["Version.Number", version];

    /// <summary>The number the editor shows a version under: the draft gets the next version number.</summary>
    public static int InEditor(DefinitionSummary summary, int version) =>
        version == DesignerVersions.Draft ? summary.NextVersion : version;

    public static string Editor(DefinitionSummary summary, int version, string? step = null) =>
        $"/designer/{Uri.EscapeDataString(summary.Id)}/{InEditor(summary, version)}{(step is null ? string.Empty : "?step=" + Uri.EscapeDataString(step))}";

    public static string Versions(string id) => $"/designer/{Uri.EscapeDataString(id)}/versions";

    public static string Compare(string id, int from, int to) => $"/designer/{Uri.EscapeDataString(id)}/compare/{from}/{to}";

    public static string Overlay(string id, int version) => $"/designer/{Uri.EscapeDataString(id)}/{version}/overlay";

    /// <summary>A refusal in the reader's language when its code is known, else the code with the store's message.</summary>
    public static string Refusal(IStringLocalizer<VersionsText> text, VersionRefusal refusal) =>
        text["Refusal." + refusal.Code] is { ResourceNotFound: false } known ? $"{refusal.Code}: {known.Value}" : text["Refusal.Other", refusal.Code, refusal.Message];
}
