using System.Text;
using ConsultEngine.Persistence.Administrative;

namespace ConsultEngine.Persistence.Tests.Administrative;

public sealed class CommuneCsvTests
{
    [Fact]
    public void Parse_ValidFile_ReadsEveryUnitInFileOrder()
    {
        var communes = CommuneCsv.Parse("code,name,kind\r\nhai-chau,Hải Châu,ward\nba-na,\"Bà Nà\",commune\nhoang-sa,Hoàng Sa,special-zone\n\n");

        Assert.Equal(
            [new Commune("hai-chau", "Hải Châu", CommuneKind.Ward), new Commune("ba-na", "Bà Nà", CommuneKind.Commune), new Commune("hoang-sa", "Hoàng Sa", CommuneKind.SpecialZone)],
            communes);
    }

    [Fact]
    public void Parse_Utf8WithByteOrderMarkAndVietnameseKinds_IsRead()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("code,name,kind\nx1,Hòa Vang,xã\nx2,Sơn Trà,Phường\nx3,Hoàng Sa,đặc khu\n")).ToArray();

        Assert.Equal([CommuneKind.Commune, CommuneKind.Ward, CommuneKind.SpecialZone], CommuneCsv.Parse(bytes).Select(c => c.Kind));
    }

    [Fact]
    public void Parse_QuotedFieldWithCommaAndQuote_KeepsThem() =>
        Assert.Equal("Phường \"A\", B", Assert.Single(CommuneCsv.Parse("code,name,kind\n1,\"Phường \"\"A\"\", B\",ward")).Name);

    [Theory]
    [InlineData("ma,ten,loai\n1,Hải Châu,ward", AdministrativeCodes.HeaderInvalid, 1)]
    [InlineData("1,Hải Châu,ward\n2,Thanh Khê,ward", AdministrativeCodes.HeaderInvalid, 1)]
    [InlineData("code,name,kind\n1,Hải Châu", AdministrativeCodes.LineMalformed, 2)]
    [InlineData("code,name,kind\n1,\"Hải Châu,ward", AdministrativeCodes.LineMalformed, 2)]
    [InlineData("code,name,kind\n1,Hải Châu,ward\n ,Thanh Khê,ward", AdministrativeCodes.CodeEmpty, 3)]
    [InlineData("code,name,kind\n1,Hải Châu,ward\n2, ,ward", AdministrativeCodes.NameEmpty, 3)]
    [InlineData("code,name,kind\n1,Hải Châu,district", AdministrativeCodes.KindUnknown, 2)]
    [InlineData("code,name,kind\n1,Hải Châu,ward\n2,Thanh Khê,ward\n1,Sơn Trà,ward", AdministrativeCodes.CodeDuplicate, 4)]
    [InlineData("code,name,kind\n1,Hải Châu,ward\n2,hải châu,ward", AdministrativeCodes.NameDuplicate, 3)]
    [InlineData("code,name,kind\n", AdministrativeCodes.FileEmpty, 0)]
    [InlineData("", AdministrativeCodes.FileEmpty, 0)]
    public void Parse_FileWithAProblem_IsRefusedWithTheCodeAndLine(string csv, string code, int line)
    {
        var error = Assert.Throws<CommuneImportException>(() => CommuneCsv.Parse(csv));

        Assert.Equal((code, line), (error.Code, error.Problems[0].Line));
    }

    [Fact]
    public void Parse_FileWithSeveralProblems_ReportsThemAllAtOnce()
    {
        var error = Assert.Throws<CommuneImportException>(() => CommuneCsv.Parse("code,name,kind\n1,Hải Châu,ward\n1,,district\n3,Thanh Khê\n4,Sơn Trà,ward"));

        Assert.Equal(
            [(AdministrativeCodes.CodeDuplicate, 3), (AdministrativeCodes.NameEmpty, 3), (AdministrativeCodes.KindUnknown, 3), (AdministrativeCodes.LineMalformed, 4)],
            error.Problems.Select(p => (p.Code, p.Line)));
    }

    [Fact]
    public void Parse_BytesThatAreNotUtf8_AreRefused()
    {
        var latin1 = Encoding.Latin1.GetBytes("code,name,kind\n1,Hòa Vang,commune\n");

        Assert.Equal(AdministrativeCodes.NotUtf8, Assert.Throws<CommuneImportException>(() => CommuneCsv.Parse(latin1)).Code);
    }
}
