using ConsultEngine.Definitions.Administrative;

namespace ConsultEngine.Definitions.Tests.Administrative;

public sealed class ProvincesTests
{
    [Fact]
    public void TheListHoldsThe34UnitsOfTheTwoTierLocalGovernment() => Assert.Equal(34, Provinces.All.Count);

    [Fact]
    public void SixOfThemAreCentrallyRunCities() =>
        Assert.Equal(["Hà Nội", "Hải Phòng", "Huế", "Đà Nẵng", "Hồ Chí Minh", "Cần Thơ"],
            Provinces.All.Where(p => p.Kind == ProvinceKind.City).Select(p => p.Name));

    [Fact]
    public void CodesAndNamesAreUnique()
    {
        Assert.Equal(34, Provinces.All.Select(p => p.Code).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(34, Provinces.All.Select(p => p.Name).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(34, Provinces.All.Select(p => p.EnglishName).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void CodesAreTwoDigitsInRisingOrder()
    {
        Assert.All(Provinces.All, p => Assert.Matches("^[0-9]{2}$", p.Code));
        Assert.Equal(Provinces.All.Select(p => p.Code).Order(StringComparer.Ordinal), Provinces.All.Select(p => p.Code));
    }

    [Theory]
    [InlineData("48", "Đà Nẵng", "thành phố Đà Nẵng")]
    [InlineData("40", "Nghệ An", "tỉnh Nghệ An")]
    [InlineData("15", "Lào Cai", "tỉnh Lào Cai")]
    public void Find_KnownCode_ReturnsTheUnit(string code, string name, string fullName)
    {
        var province = Provinces.Find(code);

        Assert.Equal((name, fullName), (province?.Name, province?.FullName));
    }

    [Theory]
    [InlineData("49")]
    [InlineData("")]
    [InlineData(null)]
    public void Find_AbolishedOrUnknownCode_ReturnsNull(string? code) => Assert.Null(Provinces.Find(code));

    [Fact]
    public void NoAbolishedProvinceIsListed() =>
        Assert.DoesNotContain(Provinces.All, p => p.Name is "Quảng Nam" or "Bình Dương" or "Yên Bái" or "Hà Giang" or "Thừa Thiên Huế" or "Kiên Giang");
}
