using System.Text;
using ConsultEngine.Persistence.Administrative;
using ConsultEngine.Persistence.Providers;
using ConsultEngine.Persistence.Tests.Support;

namespace ConsultEngine.Persistence.Tests.Administrative;

/// <summary>The communes on a real database (SQLite or PostgreSQL).</summary>
public abstract class CommuneStoreContract(DatabaseProvider provider) : OnProviderDatabase(provider)
{
    private static readonly byte[] DaNang = Encoding.UTF8.GetBytes("code,name,kind\nhai-chau,Hải Châu,ward\nthanh-khe,Thanh Khê,ward\nhoa-vang,Hòa Vang,commune\n");

    [SkippableFact]
    public async Task ImportCsvAsync_ThenList_GivesTheProvincesUnitsInFileOrder()
    {
        await using var store = await SqliteCommuneStore.OpenAsync(Database.Selection);

        Assert.Equal(3, await store.ImportCsvAsync("48", DaNang));

        Assert.Equal(["Hải Châu", "Thanh Khê", "Hòa Vang"], (await store.ListAsync("48")).Select(c => c.Name));
        Assert.Empty(await store.ListAsync("40"));
    }

    [SkippableFact]
    public async Task ImportCsvAsync_AgainForTheSameProvince_ReplacesItsList()
    {
        await using var store = await SqliteCommuneStore.OpenAsync(Database.Selection);
        await store.ImportCsvAsync("48", DaNang);

        await store.ImportCsvAsync("48", Encoding.UTF8.GetBytes("code,name,kind\nson-tra,Sơn Trà,ward\n"));

        Assert.Equal([new Commune("son-tra", "Sơn Trà", CommuneKind.Ward)], await store.ListAsync("48"));
    }

    [SkippableFact]
    public async Task ImportCsvAsync_FileWithAProblem_StoresNothingAndKeepsTheOldList()
    {
        await using var store = await SqliteCommuneStore.OpenAsync(Database.Selection);
        await store.ImportCsvAsync("48", DaNang);

        var error = await Assert.ThrowsAsync<CommuneImportException>(() => store.ImportCsvAsync("48", Encoding.UTF8.GetBytes("code,name,kind\nson-tra,Sơn Trà,ward\nson-tra,Ngũ Hành Sơn,ward\n")));

        Assert.Equal(AdministrativeCodes.CodeDuplicate, error.Code);
        Assert.Equal(3, (await store.ListAsync("48")).Count);
    }

    [SkippableTheory]
    [InlineData("49")]
    [InlineData("da-nang")]
    public async Task ImportAndList_UnknownProvince_AreRefused(string province)
    {
        await using var store = await SqliteCommuneStore.OpenAsync(Database.Selection);

        Assert.Equal(AdministrativeCodes.ProvinceUnknown, (await Assert.ThrowsAsync<CommuneImportException>(() => store.ImportCsvAsync(province, DaNang))).Code);
        Assert.Equal(AdministrativeCodes.ProvinceUnknown, (await Assert.ThrowsAsync<CommuneImportException>(() => store.ListAsync(province))).Code);
    }

    [SkippableFact]
    public async Task AStoreCreatedWithoutOpening_OpensTheDatabaseOnFirstUse()
    {
        await using (var first = new SqliteCommuneStore(Database.Selection))
        {
            await first.ImportCsvAsync("48", DaNang);
        }

        await using var second = new SqliteCommuneStore(Database.Selection);
        Assert.Equal(3, (await second.ListAsync("48")).Count);
    }
}

/// <summary>The contract on a SQLite file.</summary>
public sealed class SqliteCommuneStoreTests() : CommuneStoreContract(DatabaseProvider.Sqlite);

/// <summary>The contract on a PostgreSQL database of its own.</summary>
public sealed class PostgreSqlCommuneStoreTests() : CommuneStoreContract(DatabaseProvider.PostgreSql);
