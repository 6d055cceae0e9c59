using System.Globalization;
using System.Text.RegularExpressions;
using ConsultEngine.Runtime.Journal;
using ConsultEngine.Runtime.State;

namespace ConsultEngine.Cli.Tests;

/// <summary><c>consult privacy erase</c>: one pass of the erasure job, measured at <c>--now</c>, journaled, idempotent.</summary>
public sealed partial class PrivacyEraseCommandTests
{
    [Fact]
    public async Task Erase_PastTheDefaultRetention_ErasesTheClosedConsultationOnce_AndJournalsIt()
    {
        using var folder = InstanceStoreFolder.OnFixtures();
        var id = CompletedReview(folder);
        Assert.Equal(InstanceStatus.Completed, (await folder.ReadAsync(s => s.FindInstanceAsync(id)))!.Status);
        var later = DateTimeOffset.UtcNow.AddMonths(25).ToString("O", CultureInfo.InvariantCulture);

        var first = folder.Run("privacy", "erase", "--now", later);
        var second = folder.Run("privacy", "erase", "--now", later);

        Assert.True(first.ExitCode == 0, first.Stderr);
        Assert.Equal((1, 0), (Erased(first.Stdout), Erased(second.Stdout)));
        Assert.Contains(id.ToString(), first.Stdout, StringComparison.Ordinal);
        var journal = await folder.ReadAsync(s => s.ReadJournalAsync(id));
        Assert.Single(journal, e => e.Event == PrivacyJournalEvents.PersonalDataErased);
    }

    [Fact]
    public void Erase_BeforeRetentionRunsOut_ErasesNothing()
    {
        using var folder = InstanceStoreFolder.OnFixtures();
        CompletedReview(folder);

        var output = folder.Run("privacy", "erase", "--now", DateTimeOffset.UtcNow.AddMonths(23).ToString("O", CultureInfo.InvariantCulture));

        Assert.Equal(0, output.ExitCode);
        Assert.Equal(0, Erased(output.Stdout));
    }

    private static Guid CompletedReview(InstanceStoreFolder folder)
    {
        var id = folder.Start("test.review@1", "--var", "year=2026");
        folder.Run("instances", "complete", id.ToString(), "draft", "--output", """{ "title": "Dự thảo nghị quyết" }""");
        folder.Run("instances", "complete", id.ToString(), "approve", "--outcome", "approved");
        folder.Run("instances", "complete", id.ToString(), "publish");
        return id;
    }

    private static int Erased(string stdout) => int.Parse(ErasedCount().Match(stdout).Groups["count"].Value, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"erased the personal data of (?<count>\d+) consultation")]
    private static partial Regex ErasedCount();
}
