using System.Text.Json;
using ConsultEngine.Runtime.Assignments;
using ConsultEngine.Runtime.Journal;

namespace ConsultEngine.Runtime.Tests.Assignments;

public sealed class RecordAssignmentTests
{
    private readonly EngineFixture _fixture = new();

    [Fact]
    public async Task Assigning_AToolStep_JournalsWhoGotItAndFromWhom_InTheHashChain()
    {
        var started = await _fixture.StartAsync();

        var after = await _fixture.Engine.RecordAssignmentAsync(started.Id, StepAssignmentChange.Assigned("survey", " Viện Xã hội học ", "office-user"));

        var journal = await _fixture.Store.ReadJournalAsync(started.Id);
        var entry = journal[^1];
        Assert.Equal((JournalEvents.ToolStepAssigned, "survey", "office-user"), (entry.Event, entry.StepId, entry.Actor));
        using var data = JsonDocument.Parse(entry.DataJson!);
        Assert.Equal("Viện Xã hội học", data.RootElement.GetProperty("assignee").GetString());
        Assert.Null(JournalHasher.Verify(after, journal));
        Assert.Equal(started.Revision + 1, after.Revision);
    }

    [Fact]
    public async Task Withdrawing_AnAssignment_JournalsToolStepUnassigned_EvenOnACancelledConsultation()
    {
        var id = (await _fixture.StartAsync()).Id;
        await _fixture.Engine.RecordAssignmentAsync(id, StepAssignmentChange.Assigned("poll", "Đoàn Thanh niên", "office-user"));
        await _fixture.Engine.CancelAsync(id, "office-user");

        var after = await _fixture.Engine.RecordAssignmentAsync(id, StepAssignmentChange.Unassigned("poll", "Đoàn Thanh niên", "office-user"));

        var journal = await _fixture.Store.ReadJournalAsync(id);
        Assert.Equal((JournalEvents.ToolStepUnassigned, "poll"), (journal[^1].Event, journal[^1].StepId));
        Assert.Null(JournalHasher.Verify(after, journal));
    }

    [Theory]
    [InlineData("approve", "Viện", AssignmentCodes.NotAToolStep, false)]
    [InlineData("no-such-step", "Viện", RuntimeCodes.StepNotFound, false)]
    [InlineData("survey", " ", AssignmentCodes.AssigneeRequired, false)]
    [InlineData("survey", "Viện", AssignmentCodes.ConsultationClosed, true)]
    public async Task AnAssignment_TheEngineCannotTake_IsRefusedWithItsCode_AndNothingIsJournaled(string stepId, string assignee, string code, bool cancelled)
    {
        var id = (await _fixture.StartAsync()).Id;
        if (cancelled)
        {
            await _fixture.Engine.CancelAsync(id, "office-user");
        }

        var before = (await _fixture.Store.ReadJournalAsync(id)).Count;

        var refused = await Assert.ThrowsAsync<InstanceCommandException>(() => _fixture.Engine.RecordAssignmentAsync(id, StepAssignmentChange.Assigned(stepId, assignee, "office-user")));

        Assert.Equal(code, refused.Code);
        Assert.Equal(before, (await _fixture.Store.ReadJournalAsync(id)).Count);
    }

    [Fact]
    public async Task AnAssignment_OfAnUnknownConsultation_IsRefusedWithCE8002()
    {
        var refused = await Assert.ThrowsAsync<InstanceCommandException>(() => _fixture.Engine.RecordAssignmentAsync(Guid.NewGuid(), StepAssignmentChange.Assigned("survey", "Viện", "office-user")));

        Assert.Equal(RuntimeCodes.InstanceNotFound, refused.Code);
    }
}
