using System.Collections.Frozen;
using System.Text.Json;
using System.Text.Json.Nodes;
using ConsultEngine.Definitions.Administrative;
using Microsoft.Extensions.Options;

namespace ConsultEngine.Web.Tenancy;

/// <summary>
/// Who sees what, by province: the one place the rules live. A viewer is a province code or
/// <see langword="null"/> (national, sees all). A consultation's province is kept in its variables
/// (<see cref="Variable"/>), so the engine's model does not change; one without it belongs to the
/// default province. A definition's owner is configured or named by its id (<c>hdnd.da-nang</c>);
/// otherwise it is national: every province reads it, only national staff change it.
/// </summary>
internal sealed class ProvinceAccess
{
    /// <summary>The variable holding a consultation's province code. Not <c>province</c>: that one is the process's own display text.</summary>
    public const string Variable = "tenantProvince";

    private static readonly FrozenDictionary<string, string> BySlug = Provinces.All
        .SelectMany(p => new[] { (Slug(p.EnglishName), p.Code), (Slug(p.EnglishName.Replace(" City", "", StringComparison.Ordinal)), p.Code) })
        .DistinctBy(p => p.Item1)
        .ToFrozenDictionary(p => p.Item1, p => p.Code, StringComparer.Ordinal);

    private readonly TenancySettings _settings;

    public ProvinceAccess(IOptions<TenancySettings> settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        _settings = settings.Value;
        DefaultProvince = Provinces.Find(_settings.DefaultProvince)?.Code
            ?? throw new StaffConsole.ConsoleException(TenancyCodes.UnknownProvince, $"{TenancySettings.SectionName}:DefaultProvince '{_settings.DefaultProvince}' is not a province code.");
    }

    public string DefaultProvince { get; }

    /// <summary>The province a consultation belongs to, from its variables.</summary>
    public string ProvinceOf(string variablesJson)
    {
        try
        {
            return JsonNode.Parse(variablesJson) is JsonObject variables
                && variables[Variable] is JsonValue value && value.TryGetValue<string>(out var code) && Provinces.Find(code) is not null
                ? code
                : DefaultProvince;
        }
        catch (JsonException)
        {
            return DefaultProvince;
        }
    }

    /// <summary>Whether <paramref name="viewer"/> sees a consultation of <paramref name="province"/>.</summary>
    public static bool Sees(string? viewer, string province) => viewer is null || string.Equals(viewer, province, StringComparison.Ordinal);

    public bool SeesConsultation(string? viewer, string variablesJson) => viewer is null || Sees(viewer, ProvinceOf(variablesJson));

    /// <summary>The province owning a definition, or <see langword="null"/> when it is national.</summary>
    public string? OwnerOf(string definitionId)
    {
        ArgumentNullException.ThrowIfNull(definitionId);
        if (_settings.DefinitionOwners.TryGetValue(definitionId, out var configured))
        {
            return Provinces.Find(configured)?.Code;
        }

        // hdnd.da-nang, hdnd.ho-chi-minh.pilot: a segment after the first names the province.
        foreach (var segment in definitionId.Split('.').Skip(1))
        {
            if (BySlug.TryGetValue(segment, out var code))
            {
                return code;
            }
        }

        return null;
    }

    /// <summary>Reading: national definitions are read by every province, a province's only by it (and national staff).</summary>
    public bool ReadsDefinition(string? viewer, string definitionId) => viewer is null || OwnerOf(definitionId) is not { } owner || owner == viewer;

    /// <summary>Changing (import, publish, retire, discard): only the owning province, and national staff.</summary>
    public bool ChangesDefinition(string? viewer, string definitionId) => viewer is null || OwnerOf(definitionId) == viewer;

    /// <summary>The province a new consultation of <paramref name="starter"/> belongs to: the starter's own; a national starter's is the one asked for, else the default.</summary>
    public string ProvinceForStart(string? starter, string? asked) =>
        starter ?? (StaffProvince.TryParse(asked, out var code) && code is not null ? code : FindByName(asked) ?? DefaultProvince);

    /// <summary>The definitions the viewer may read.</summary>
    public IReadOnlyList<ConsultEngine.Hosting.Definitions.DefinitionSummary> Readable(string? viewer, IEnumerable<ConsultEngine.Hosting.Definitions.DefinitionSummary> definitions) =>
        [.. definitions.Where(d => ReadsDefinition(viewer, d.Id))];

    /// <summary>Refuses (CE8400) an import by a province of a document whose id it does not own.</summary>
    public void CheckImport(string? viewer, string json)
    {
        if (viewer is not null && DefinitionIdOf(json) is { } id && !ChangesDefinition(viewer, id))
        {
            throw new StaffConsole.ConsoleException(TenancyCodes.DefinitionOfAnotherProvince, $"The definition '{id}' belongs to another province or to the national level.", "/id");
        }
    }

    private static string? DefinitionIdOf(string json)
    {
        try
        {
            return JsonNode.Parse(json) is JsonObject document && document["id"] is JsonValue id && id.TryGetValue<string>(out var value) ? value : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? FindByName(string? name) =>
        name is null ? null : Provinces.All.FirstOrDefault(p => string.Equals(p.Name, name.Trim(), StringComparison.OrdinalIgnoreCase)
            || string.Equals(p.FullName, name.Trim(), StringComparison.OrdinalIgnoreCase))?.Code;

    private static string Slug(string englishName) => englishName.Trim().ToLowerInvariant().Replace(' ', '-');
}
