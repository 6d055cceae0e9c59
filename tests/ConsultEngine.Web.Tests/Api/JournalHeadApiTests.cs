using System.Text.Json;
using ConsultEngine.Web.Security;

namespace ConsultEngine.Web.Tests.Api;

/// <summary>The journal's chain head over the API: what staff export to keep outside the installation.</summary>
[Collection(WebHostGroup.Name)]
public sealed class JournalHeadApiTests(WebHostFixture fixture)
{
    [Fact]
    public async Task JournalHead_IsTheLastJournalEntry_KeyedUnderTheInstallationKey()
    {
        var id = Consultation.Id(await Consultation.StartAsync(fixture, "Journal head test"));
        using var client = await fixture.ClientAsync(Roles.WorkingGroup);

        using var journal = JsonDocument.Parse(await client.GetStringAsync(new Uri($"api/instances/{id}/journal", UriKind.Relative)));
        using var head = JsonDocument.Parse(await client.GetStringAsync(new Uri($"api/instances/{id}/journal/head", UriKind.Relative)));

        var last = journal.RootElement.EnumerateArray().Last();
        Assert.Equal(id, head.RootElement.GetProperty("instanceId").GetGuid());
        Assert.Equal(last.GetProperty("sequence").GetInt64(), head.RootElement.GetProperty("sequence").GetInt64());
        Assert.Equal(last.GetProperty("hash").GetString(), head.RootElement.GetProperty("hash").GetString());
        Assert.True(head.RootElement.GetProperty("keyed").GetBoolean());
        Assert.StartsWith("k1", head.RootElement.GetProperty("hash").GetString(), StringComparison.Ordinal);
    }
}
