using System.Text.Json;
using ConsultEngine.Hosting.Privacy;
using ConsultEngine.Reporting;
using ConsultEngine.Reporting.Analysis;
using ConsultEngine.Runtime;
using ConsultEngine.Runtime.Journal;
using ConsultEngine.Runtime.Queries;
using ConsultEngine.Web.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace ConsultEngine.Web.Tests.Privacy;

/// <summary>
/// The erasure job on a real host and SQLite file: a consultation past its retention keeps its aggregated
/// results and loses its personal data (gone from the file's bytes), journaled with counts; before its
/// retention nothing is erased; a second pass changes nothing.
/// </summary>
public sealed class PersonalDataErasureTests
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals };

    [Fact]
    public async Task PastRetention_TheAggregatesAnswerTheSameFigures_AndThePersonalDataIsGoneFromTheFile_Journaled()
    {
        await using var host = await TestWebHost.StartAsync();
        using var client = host.CreateClient();
        var id = await ErasureSite.OpenAsync(host);
        await ErasureSite.SubmitAsync(client, id, "3");
        await ErasureSite.SubmitAsync(client, id, "4");
        await ErasureSite.SubmitAsync(client, id, "2", probes: false);
        var closed = await CloseAsync(host, id);
        var before = Figures(await host.Services.GetRequiredService<IConsultationReports>().AnalyseAsync(id));
        Assert.True(ErasureSite.Contains(ErasureSite.DatabaseBytes(host), ErasureSite.ProbeOccupation));

        var personalData = host.Services.GetRequiredService<IPersonalData>();
        var erased = Assert.Single(await personalData.EraseDueAsync(closed.AddMonths(24).AddDays(1)));

        Assert.Equal(id, erased.InstanceId);
        Assert.Equal(2, erased.Inputs);
        Assert.Equal(2, erased.Contacts);
        Assert.Equal(before, Figures(await host.Services.GetRequiredService<IConsultationReports>().AnalyseAsync(id)));
        var bytes = ErasureSite.DatabaseBytes(host);
        Assert.False(ErasureSite.Contains(bytes, ErasureSite.ProbeText), "the free text is still in the file");
        Assert.False(ErasureSite.Contains(bytes, ErasureSite.ProbeOccupation), "the attribute is still in the file");
        Assert.False(ErasureSite.Contains(bytes, ErasureSite.ProbeContact), "the contact is still in the file");
        var journal = await host.Services.GetRequiredService<IConsultationQueries>().JournalAsync(id);
        var entry = Assert.Single(journal, e => e.Event == PrivacyJournalEvents.PersonalDataErased);
        using var data = JsonDocument.Parse(entry.DataJson!);
        Assert.Equal(2, data.RootElement.GetProperty("inputs").GetInt32());
        Assert.DoesNotContain(ErasureSite.ProbeContact, entry.DataJson, StringComparison.Ordinal);
        Assert.NotNull((await personalData.RetentionAsync(id)).ErasedAt);
    }

    [Fact]
    public async Task BeforeRetention_NothingIsErased()
    {
        await using var host = await TestWebHost.StartAsync();
        using var client = host.CreateClient();
        var id = await ErasureSite.OpenAsync(host);
        await ErasureSite.SubmitAsync(client, id);
        var closed = await CloseAsync(host, id);

        Assert.Empty(await host.Services.GetRequiredService<IPersonalData>().EraseDueAsync(closed.AddMonths(24).AddDays(-1)));

        Assert.True(ErasureSite.Contains(ErasureSite.DatabaseBytes(host), ErasureSite.ProbeOccupation));
        Assert.Null((await host.Services.GetRequiredService<IPersonalData>().RetentionAsync(id)).ErasedAt);
    }

    [Fact]
    public async Task AConsultationsOwnRetention_IsJournaled_AndDecidesWhenItIsErased()
    {
        await using var host = await TestWebHost.StartAsync();
        using var client = host.CreateClient();
        var id = await ErasureSite.OpenAsync(host);
        await ErasureSite.SubmitAsync(client, id);
        var personalData = host.Services.GetRequiredService<IPersonalData>();
        var set = await personalData.SetRetentionAsync(id, 6, "standing-committee");
        var closed = await CloseAsync(host, id);

        Assert.Equal(6, set.Months);
        Assert.False(set.IsDefault);
        Assert.Contains(await host.Services.GetRequiredService<IConsultationQueries>().JournalAsync(id), e => e.Event == PrivacyJournalEvents.RetentionSet);
        Assert.Single(await personalData.EraseDueAsync(closed.AddMonths(6).AddDays(1)));
        Assert.Empty(await personalData.EraseDueAsync(closed.AddMonths(30)));
        Assert.Single(await host.Services.GetRequiredService<IConsultationQueries>().JournalAsync(id), e => e.Event == PrivacyJournalEvents.PersonalDataErased);
    }

    [Fact]
    public async Task APassThatDiedAfterErasingButBeforeJournaling_IsFinishedByTheNextPass()
    {
        await using var host = await TestWebHost.StartAsync();
        using var client = host.CreateClient();
        var id = await ErasureSite.OpenAsync(host);
        await ErasureSite.SubmitAsync(client, id);
        var closed = await CloseAsync(host, id);
        var store = host.Services.GetRequiredService<ConsultEngine.Persistence.Privacy.IPersonalDataStore>();
        var before = Figures(await host.Services.GetRequiredService<IConsultationReports>().AnalyseAsync(id));

        // What a pass that died after its erasure transaction left: the aggregate kept, the data erased, nothing journaled.
        await store.KeepAsync(id, await host.Services.GetRequiredService<IAggregateSnapshot>().CaptureAsync(id), closed.AddMonths(25));
        await store.EraseAsync(id, closed.AddMonths(25));
        var erased = Assert.Single(await host.Services.GetRequiredService<IPersonalData>().EraseDueAsync(closed.AddMonths(25)));

        Assert.Equal(1, erased.Inputs);
        Assert.Single(await host.Services.GetRequiredService<IConsultationQueries>().JournalAsync(id), e => e.Event == PrivacyJournalEvents.PersonalDataErased);
        Assert.Empty(await host.Services.GetRequiredService<IPersonalData>().EraseDueAsync(closed.AddMonths(26)));
        Assert.Equal(before, Figures(await host.Services.GetRequiredService<IConsultationReports>().AnalyseAsync(id)));
    }

    [Fact]
    public async Task ARetentionOutsideOneTo600Months_IsRefused_CE8240()
    {
        await using var host = await TestWebHost.StartAsync();
        var id = await ErasureSite.OpenAsync(host);

        var error = await Assert.ThrowsAsync<PrivacyException>(() => host.Services.GetRequiredService<IPersonalData>().SetRetentionAsync(id, 0, "administrator"));

        Assert.Equal(ErasureCodes.RetentionInvalid, error.Code);
    }

    private static async Task<DateTimeOffset> CloseAsync(TestWebHost host, Guid id)
    {
        await host.Services.GetRequiredService<ProcessEngine>().CancelAsync(id, "seed", "closed for the test");
        var journal = await host.Services.GetRequiredService<IConsultationQueries>().JournalAsync(id);
        return journal.Last(e => e.Event == JournalEvents.InstanceCancelled).At;
    }

    /// <summary>What the aggregates answer: every figure but the quoted passages (which are personal and not kept).</summary>
    private static string Figures(ConsultationAnalysis analysis) =>
        JsonSerializer.Serialize(analysis with { Tools = [.. analysis.Tools.Select(KeptAnalysis.Strip)] }, Json);
}
