using System.Text;
using ConsultEngine.Persistence.Administrative;
using ConsultEngine.Persistence.Tests.Support;

namespace ConsultEngine.Persistence.Tests.Administrative;

public sealed class SqliteCommuneStoreTests : IDisposable
{
    private static readonly byte[] DaNang = Encoding.UTF8.GetBytes("code,name,kind\nhai-chau,Hải Châu,ward\nthanh-khe,Thanh Khê,ward\nhoa-vang,Hòa Vang,commune\n");

    private readonly TempDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task ImportCsvAsync_ThenList_GivesTheProvincesUnitsInFileOrder()
    {
        await using var store = await SqliteCommuneStore.OpenAsync(_database.Path);

        Assert.Equal(3, await store.ImportCsvAsync("48", DaNang));

        Assert.Equal(["Hải Châu", "Thanh Khê", "Hòa Vang"], (await store.ListAsync("48")).Select(c => c.Name));
        Assert.Empty(await store.ListAsync("40"));
    }

    [Fact]
    public async Task ImportCsvAsync_AgainForTheSameProvince_ReplacesItsList()
    {
        await using var store = await SqliteCommuneStore.OpenAsync(_database.Path);
        await store.ImportCsvAsync("48", DaNang);

        await store.ImportCsvAsync("48", Encoding.UTF8.GetBytes("code,name,kind\nson-tra,Sơn Trà,ward\n"));

        Assert.Equal([new Commune("son-tra", "Sơn Trà", CommuneKind.Ward)], await store.ListAsync("48"));
    }

    [Fact]
    public async Task ImportCsvAsync_FileWithAProblem_StoresNothingAndKeepsTheOldList()
    {
        await using var store = await SqliteCommuneStore.OpenAsync(_database.Path);
        await store.ImportCsvAsync("48", DaNang);

        var error = await Assert.ThrowsAsync<CommuneImportException>(() => store.ImportCsvAsync("48", Encoding.UTF8.GetBytes("code,name,kind\nson-tra,Sơn Trà,ward\nson-tra,Ngũ Hành Sơn,ward\n")));

        Assert.Equal(AdministrativeCodes.CodeDuplicate, error.Code);
        Assert.Equal(3, (await store.ListAsync("48")).Count);
    }

    [Theory]
    [InlineData("49")]
    [InlineData("da-nang")]
    public async Task ImportAndList_UnknownProvince_AreRefused(string province)
    {
        await using var store = await SqliteCommuneStore.OpenAsync(_database.Path);

        Assert.Equal(AdministrativeCodes.ProvinceUnknown, (await Assert.ThrowsAsync<CommuneImportException>(() => store.ImportCsvAsync(province, DaNang))).Code);
        Assert.Equal(AdministrativeCodes.ProvinceUnknown, (await Assert.ThrowsAsync<CommuneImportException>(() => store.ListAsync(province))).Code);
    }

    [Fact]
    public async Task AStoreCreatedWithoutOpening_OpensTheFileOnFirstUse()
    {
        await using (var first = new SqliteCommuneStore(_database.Path))
        {
            await first.ImportCsvAsync("48", DaNang);
        }

        await using var second = new SqliteCommuneStore(_database.Path);
        Assert.Equal(3, (await second.ListAsync("48")).Count);
    }
}
