using System.Collections.Frozen;

namespace ConsultEngine.Definitions.Administrative;

/// <summary>
/// The 34 provinces and centrally-run cities since 1 July 2025 (Resolution 202/2025/QH15: 6 cities
/// and 28 provinces), in the order of their official codes. Shipped with the product because the
/// list is national and changes only by a resolution of the National Assembly; a province's
/// communes, which it keeps up to date itself, are imported instead.
/// </summary>
public static class Provinces
{
    private static readonly Province[] Units =
    [
        new("01", "Hà Nội", "Hanoi", ProvinceKind.City),
        new("04", "Cao Bằng", "Cao Bang", ProvinceKind.Province),
        new("08", "Tuyên Quang", "Tuyen Quang", ProvinceKind.Province),
        new("11", "Điện Biên", "Dien Bien", ProvinceKind.Province),
        new("12", "Lai Châu", "Lai Chau", ProvinceKind.Province),
        new("14", "Sơn La", "Son La", ProvinceKind.Province),
        new("15", "Lào Cai", "Lao Cai", ProvinceKind.Province),
        new("19", "Thái Nguyên", "Thai Nguyen", ProvinceKind.Province),
        new("20", "Lạng Sơn", "Lang Son", ProvinceKind.Province),
        new("22", "Quảng Ninh", "Quang Ninh", ProvinceKind.Province),
        new("24", "Bắc Ninh", "Bac Ninh", ProvinceKind.Province),
        new("25", "Phú Thọ", "Phu Tho", ProvinceKind.Province),
        new("31", "Hải Phòng", "Hai Phong", ProvinceKind.City),
        new("33", "Hưng Yên", "Hung Yen", ProvinceKind.Province),
        new("37", "Ninh Bình", "Ninh Binh", ProvinceKind.Province),
        new("38", "Thanh Hóa", "Thanh Hoa", ProvinceKind.Province),
        new("40", "Nghệ An", "Nghe An", ProvinceKind.Province),
        new("42", "Hà Tĩnh", "Ha Tinh", ProvinceKind.Province),
        new("44", "Quảng Trị", "Quang Tri", ProvinceKind.Province),
        new("46", "Huế", "Hue", ProvinceKind.City),
        new("48", "Đà Nẵng", "Da Nang", ProvinceKind.City),
        new("51", "Quảng Ngãi", "Quang Ngai", ProvinceKind.Province),
        new("52", "Gia Lai", "Gia Lai", ProvinceKind.Province),
        new("56", "Khánh Hòa", "Khanh Hoa", ProvinceKind.Province),
        new("66", "Đắk Lắk", "Dak Lak", ProvinceKind.Province),
        new("68", "Lâm Đồng", "Lam Dong", ProvinceKind.Province),
        new("75", "Đồng Nai", "Dong Nai", ProvinceKind.Province),
        new("79", "Hồ Chí Minh", "Ho Chi Minh City", ProvinceKind.City),
        new("80", "Tây Ninh", "Tay Ninh", ProvinceKind.Province),
        new("82", "Đồng Tháp", "Dong Thap", ProvinceKind.Province),
        new("86", "Vĩnh Long", "Vinh Long", ProvinceKind.Province),
        new("91", "An Giang", "An Giang", ProvinceKind.Province),
        new("92", "Cần Thơ", "Can Tho", ProvinceKind.City),
        new("96", "Cà Mau", "Ca Mau", ProvinceKind.Province),
    ];

    private static readonly FrozenDictionary<string, Province> ByCode = Units.ToFrozenDictionary(p => p.Code, StringComparer.Ordinal);

    /// <summary>The 34 units, by official code.</summary>
    public static IReadOnlyList<Province> All { get; } = Units;

    /// <summary>The unit with the official code <paramref name="code"/> (<c>48</c>), or <see langword="null"/>.</summary>
    public static Province? Find(string? code) => code is not null && ByCode.TryGetValue(code, out var province) ? province : null;
}
