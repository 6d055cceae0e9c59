namespace ConsultEngine.Persistence.Administrative;

/// <summary>The kind of a unit directly under a province since 1 July 2025.</summary>
public enum CommuneKind
{
    /// <summary>A rural commune (xã).</summary>
    Commune,

    /// <summary>An urban ward (phường).</summary>
    Ward,

    /// <summary>A special zone (đặc khu), the island units.</summary>
    SpecialZone,
}

/// <summary>A commune, ward or special zone of a province, as the province's imported list gives it.</summary>
/// <param name="Code">The official code of the national list of administrative units.</param>
/// <param name="Name">The name without the kind (<c>Hải Châu</c>).</param>
/// <param name="Kind">Commune, ward or special zone.</param>
public sealed record Commune(string Code, string Name, CommuneKind Kind)
{
    /// <summary>The kind as the CSV file and the API write it: <c>commune</c>, <c>ward</c>, <c>special-zone</c>.</summary>
    public static string KindText(CommuneKind kind) => kind switch
    {
        CommuneKind.Ward => "ward",
        CommuneKind.SpecialZone => "special-zone",
        _ => "commune",
    };

    /// <summary>The kind named by <paramref name="text"/> (the English word, or the Vietnamese xã, phường, đặc khu), or <see langword="null"/>.</summary>
    public static CommuneKind? ParseKind(string text) => Kinds.TryGetValue(text.Trim(), out var kind) ? kind : null;

    private static readonly Dictionary<string, CommuneKind> Kinds = new(StringComparer.OrdinalIgnoreCase)
    {
        ["commune"] = CommuneKind.Commune,
        ["xã"] = CommuneKind.Commune,
        ["ward"] = CommuneKind.Ward,
        ["phường"] = CommuneKind.Ward,
        ["special-zone"] = CommuneKind.SpecialZone,
        ["đặc khu"] = CommuneKind.SpecialZone,
    };
}
