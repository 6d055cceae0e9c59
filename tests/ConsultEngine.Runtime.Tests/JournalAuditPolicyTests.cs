using ConsultEngine.Runtime.Journal;

namespace ConsultEngine.Runtime.Tests;

/// <summary>
/// An intact unkeyed (legacy) chain is accepted by default, refused with CE8148 when keyed chains are
/// required, and reported rewritten (CE8143) when it holds an entry written after the installation was keyed.
/// </summary>
public sealed class JournalAuditPolicyTests
{
    [Fact]
    public async Task ALegacyChain_IsIntactByDefault()
    {
        var (instance, entries) = await LegacyChainAsync();

        var verdict = JournalAudit.Check(instance, entries, key: null);

        Assert.Equal((JournalState.Legacy, JournalCodes.Legacy), (verdict.State, verdict.Code));
        Assert.True(verdict.Intact);
    }

    [Fact]
    public async Task ALegacyChain_WhereKeyedChainsAreRequired_IsRefusedWithCE8148()
    {
        var (instance, entries) = await LegacyChainAsync();

        var verdict = JournalAudit.Check(instance, entries, key: null, new JournalAuditPolicy(RequireKeyed: true));

        Assert.Equal((JournalState.LegacyRefused, JournalCodes.LegacyRefused), (verdict.State, verdict.Code));
        Assert.False(verdict.Intact);
    }

    [Fact]
    public async Task ALegacyChain_WithAnEntryWrittenAfterTheInstallationWasKeyed_IsReportedRewrittenAtThatEntry()
    {
        var (instance, entries) = await LegacyChainAsync();
        var since = entries[^1].At;

        var verdict = JournalAudit.Check(instance, entries, key: null, new JournalAuditPolicy(KeyedSince: since));

        Assert.Equal((JournalState.Rewritten, JournalCodes.Rewritten), (verdict.State, verdict.Code));
        Assert.Equal(entries.First(e => e.At >= since).Sequence, verdict.Sequence);
    }

    [Fact]
    public async Task ALegacyChain_WrittenBeforeTheInstallationWasKeyed_StaysLegacy()
    {
        var (instance, entries) = await LegacyChainAsync();

        var verdict = JournalAudit.Check(instance, entries, key: null, new JournalAuditPolicy(KeyedSince: entries[^1].At.AddSeconds(1)));

        Assert.Equal(JournalState.Legacy, verdict.State);
    }

    /// <summary>An engine without a key writes plain SHA-256 entries, as before the installation key.</summary>
    private static async Task<(State.InstanceRecord Instance, IReadOnlyList<JournalEntry> Entries)> LegacyChainAsync()
    {
        var fixture = new EngineFixture();
        var started = await fixture.StartAsync();
        var instance = (await fixture.Store.FindInstanceAsync(started.Id))!;
        var entries = await fixture.Store.ReadJournalAsync(started.Id);
        Assert.All(entries, e => Assert.False(JournalHasher.IsKeyed(e.Hash)));
        return (instance, entries);
    }
}
