namespace ConsultEngine.Definitions.Administrative;

/// <summary>The kind of a provincial-level unit.</summary>
public enum ProvinceKind
{
    /// <summary>A province (tỉnh).</summary>
    Province,

    /// <summary>A centrally-run city (thành phố trực thuộc trung ương).</summary>
    City,
}

/// <summary>
/// One of the 34 provincial-level units of the two-tier local government in force since 1 July 2025
/// (Resolution 202/2025/QH15), with its official code (Decision 19/2025/QĐ-TTg). Communes, wards
/// and special zones sit directly under it; there are no districts.
/// </summary>
/// <param name="Code">The official two-digit code (<c>48</c> for Đà Nẵng).</param>
/// <param name="Name">The Vietnamese name without the kind (<c>Đà Nẵng</c>).</param>
/// <param name="EnglishName">The English name (<c>Da Nang</c>).</param>
/// <param name="Kind">Province or centrally-run city.</param>
public sealed record Province(string Code, string Name, string EnglishName, ProvinceKind Kind)
{
    /// <summary>The name with its kind, as official documents write it (<c>thành phố Đà Nẵng</c>, <c>tỉnh Nghệ An</c>).</summary>
    public string FullName => (Kind == ProvinceKind.City ? "thành phố " : "tỉnh ") + Name;
}
