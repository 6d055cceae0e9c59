using System.Security.Cryptography;
using System.Text.Json;
using ConsultEngine.Runtime.Journal;

namespace ConsultEngine.Cli.Tests;

/// <summary><c>consult audit verify</c> under the installation key, and <c>consult audit head</c>.</summary>
public sealed class JournalTamperEvidenceTests
{
    [Fact]
    public async Task AuditVerify_ChainRecomputedWithPlainSha256AfterAnEdit_IsReportedRewrittenAtThatEntry()
    {
        using var folder = InstanceStoreFolder.OnFixtures();
        var id = await CompletedDraftAsync(folder);

        await JournalRewrite.RecomputeAsync(folder, id, from: 2, actor: "mallory");
        var output = folder.Run("audit", "verify", id.ToString());

        Assert.Equal(3, output.ExitCode);
        Assert.Contains($"instance {id}: {JournalCodes.Rewritten} REWRITTEN at entry 2:", output.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AuditVerify_ChainRecomputedWithKeyedLookingSha256Hashes_IsReportedRewritten()
    {
        using var folder = InstanceStoreFolder.OnFixtures();
        var id = await CompletedDraftAsync(folder);

        await JournalRewrite.RecomputeAsync(folder, id, from: 2, actor: "mallory", keyedLookalike: true);
        var output = folder.Run("audit", "verify");

        Assert.Equal(3, output.ExitCode);
        Assert.Contains($"instance {id}: {JournalCodes.Rewritten} REWRITTEN at entry 2:", output.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void AuditVerify_EntryEditedWithoutRecomputing_IsReportedBrokenNotRewritten()
    {
        using var folder = InstanceStoreFolder.OnFixtures();
        var id = folder.Start("test.review@1", "--var", "year=2026");

        folder.Tamper("UPDATE journal_entries SET actor = 'mallory' WHERE lower(instance_id) = lower($id) AND sequence = $sequence", id, 1);
        var output = folder.Run("audit", "verify");

        Assert.Equal(1, output.ExitCode);
        Assert.Contains($"instance {id}: {JournalCodes.Broken} broken at entry 1:", output.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void AuditVerify_NewJournal_IsIntactAndKeyed()
    {
        using var folder = InstanceStoreFolder.OnFixtures();
        var id = folder.Start("test.review@1", "--var", "year=2026");

        var output = folder.Run("audit", "verify");

        Assert.Equal(0, output.ExitCode);
        Assert.Contains($"instance {id}: {JournalCodes.Keyed} ok, intact, keyed (", output.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AuditVerify_LegacyJournal_OfAnInstallationNotYetKeyed_StillVerifiesAsUnkeyed()
    {
        using var folder = InstanceStoreFolder.OnFixtures();
        var id = folder.Start("test.review@1", "--var", "year=2026");
        await JournalRewrite.RecomputeAsync(folder, id, from: 1, actor: null);
        File.Delete(MarkerFile(folder));

        var output = folder.Run("audit", "verify");

        Assert.Equal(0, output.ExitCode);
        Assert.Contains($"instance {id}: {JournalCodes.Legacy} ok, intact, unkeyed (legacy)", output.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AuditVerify_ChainRewrittenUnkeyedFromItsFirstEntry_InAKeyedInstallation_IsReportedRewritten()
    {
        using var folder = InstanceStoreFolder.OnFixtures();
        var id = folder.Start("test.review@1", "--var", "year=2026");
        Assert.True(File.Exists(MarkerFile(folder)));
        await JournalRewrite.RecomputeAsync(folder, id, from: 1, actor: "mallory");

        var output = folder.Run("audit", "verify");

        Assert.Equal(3, output.ExitCode);
        Assert.Contains($"instance {id}: {JournalCodes.Rewritten} REWRITTEN at entry 1:", output.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AuditVerify_RequireKeyed_RefusesALegacyJournalWithCE8148_AndExitsFive()
    {
        using var folder = InstanceStoreFolder.OnFixtures();
        var keyed = folder.Start("test.review@1", "--var", "year=2026");
        var legacy = folder.Start("test.review@1", "--var", "year=2026");
        await JournalRewrite.RecomputeAsync(folder, legacy, from: 1, actor: null);
        File.Delete(MarkerFile(folder));

        var output = folder.Run("audit", "verify", "--require-keyed");

        Assert.Equal(5, output.ExitCode);
        Assert.Contains($"instance {legacy}: {JournalCodes.LegacyRefused} UNKEYED at entry 1:", output.Stdout, StringComparison.Ordinal);
        Assert.Contains($"instance {keyed}: {JournalCodes.Keyed} ok", output.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void MarkerFile_WrittenBesideTheDatabaseWhenTheEngineFirstSeals_IsReadableByItsOwnerOnly()
    {
        using var folder = InstanceStoreFolder.OnFixtures();
        folder.Start("test.review@1", "--var", "year=2026");

        Assert.NotNull(JournalKeyedMarker.Read(MarkerFile(folder)));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(MarkerFile(folder)));
        }
    }

    [Fact]
    public async Task AuditVerify_LegacyJournalTheEngineGoesOnWith_SwitchesToKeyedAtTheFirstNewEntry()
    {
        using var folder = InstanceStoreFolder.OnFixtures();
        var id = folder.Start("test.review@1", "--var", "year=2026");
        await JournalRewrite.RecomputeAsync(folder, id, from: 1, actor: null);
        var legacyLength = (await folder.ReadAsync(s => s.FindInstanceAsync(id)))!.JournalLength;

        Assert.Equal(0, folder.Run("instances", "complete", id.ToString(), "draft", "--output", """{ "title": "Dự thảo" }""", "--actor", "lan").ExitCode);
        var output = folder.Run("audit", "verify");

        Assert.Equal(0, output.ExitCode);
        Assert.Contains($"instance {id}: {JournalCodes.Keyed} ok, intact, keyed from entry {legacyLength + 1} (legacy before)", output.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void AuditVerify_KeyFileMissing_ReportsTheKeyedJournalUncheckable()
    {
        using var folder = InstanceStoreFolder.OnFixtures();
        var id = folder.Start("test.review@1", "--var", "year=2026");
        File.Delete(KeyFile(folder));

        var output = folder.Run("audit", "verify");

        Assert.Equal(4, output.ExitCode);
        Assert.Contains($"instance {id}: {JournalCodes.KeyMissing} not checked:", output.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void AuditVerify_AnotherInstallationsKey_IsAKeyMismatch()
    {
        using var folder = InstanceStoreFolder.OnFixtures();
        var id = folder.Start("test.review@1", "--var", "year=2026");
        var other = Path.Combine(folder.Folder, "other.key");
        File.WriteAllText(other, Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));

        var output = folder.Run("audit", "verify", "--key-file", other);

        Assert.Equal(4, output.ExitCode);
        Assert.Contains($"instance {id}: {JournalCodes.KeyMismatch} not checked:", output.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void AuditVerify_KeyThatIsNot32Bytes_IsRefusedWithItsCode()
    {
        using var folder = InstanceStoreFolder.OnFixtures();
        folder.Start("test.review@1", "--var", "year=2026");
        var bad = Path.Combine(folder.Folder, "bad.key");
        File.WriteAllText(bad, "c2hvcnQ=");

        var output = folder.Run("audit", "verify", "--key-file", bad);

        Assert.Equal(4, output.ExitCode);
        Assert.Equal([JournalCodes.KeyInvalid], InstanceStoreFolder.ErrorCodes(output.Stderr));
    }

    [Fact]
    public void KeyFile_CreatedBesideTheDatabase_IsReadableByItsOwnerOnly()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // Unix file modes only.
        }

        using var folder = InstanceStoreFolder.OnFixtures();
        folder.Start("test.review@1", "--var", "year=2026");

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(KeyFile(folder)));
    }

    [Fact]
    public async Task AuditHead_AsJson_IsTheInstancesLastEntryAndItsMac()
    {
        using var folder = InstanceStoreFolder.OnFixtures();
        var id = folder.Start("test.review@1", "--var", "year=2026");
        var instance = (await folder.ReadAsync(s => s.FindInstanceAsync(id)))!;

        var output = folder.Run("audit", "head", id.ToString(), "--format", "json");

        Assert.Equal(0, output.ExitCode);
        using var json = JsonDocument.Parse(output.Stdout);
        Assert.Equal(instance.JournalLength, json.RootElement.GetProperty("sequence").GetInt64());
        Assert.Equal(instance.JournalHead, json.RootElement.GetProperty("hash").GetString());
        Assert.True(json.RootElement.GetProperty("keyed").GetBoolean());
    }

    [Fact]
    public void AuditHead_UnknownInstance_ExitsOneWithItsCode()
    {
        using var folder = InstanceStoreFolder.OnFixtures();
        folder.Start("test.review@1", "--var", "year=2026");

        var output = folder.Run("audit", "head", Guid.NewGuid().ToString());

        Assert.Equal(1, output.ExitCode);
        Assert.Equal([JournalCodes.InstanceUnknown], InstanceStoreFolder.ErrorCodes(output.Stderr));
    }

    [Fact]
    public async Task Report_AsHtml_PrintsTheJournalHead()
    {
        using var folder = InstanceStoreFolder.OnRepositoryDefinitions();
        var id = folder.Start("hdnd.standard@1", "--var", "province=Nghệ An", "--var", "year=2026");
        var instance = (await folder.ReadAsync(s => s.FindInstanceAsync(id)))!;
        var file = Path.Combine(folder.Folder, "report.html");

        var output = folder.Run("report", id.ToString(), "--format", "html", "--lang", "en", "--out", file);

        Assert.True(output.ExitCode == 0, output.Stderr);
        Assert.Contains($"Journal head: entry {instance.JournalLength}, {instance.JournalHead}", File.ReadAllText(file), StringComparison.Ordinal);
    }

    private static string KeyFile(InstanceStoreFolder folder) => Path.ChangeExtension(folder.Database, ".journal.key");

    private static string MarkerFile(InstanceStoreFolder folder) => JournalKeyedMarker.PathFor(folder.Database);

    private static async Task<Guid> CompletedDraftAsync(InstanceStoreFolder folder)
    {
        var id = folder.Start("test.review@1", "--var", "year=2026");
        Assert.Equal(0, folder.Run("instances", "complete", id.ToString(), "draft", "--output", """{ "title": "Dự thảo" }""", "--actor", "lan").ExitCode);
        Assert.True((await folder.ReadAsync(s => s.FindInstanceAsync(id)))!.JournalLength > 3);
        return id;
    }
}
