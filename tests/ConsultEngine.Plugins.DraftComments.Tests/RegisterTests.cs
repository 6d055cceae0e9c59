using ConsultEngine.Abstractions;
using ConsultEngine.Hosting;
using ConsultEngine.Hosting.Registers;
using ConsultEngine.Hosting.Tools;
using ConsultEngine.Testing.Tools;
using Microsoft.Extensions.DependencyInjection;

namespace ConsultEngine.Plugins.DraftComments.Tests;

/// <summary>
/// The example definition run by a host built as a real one (<c>AddConsultEngine</c>, the tool in process):
/// the public surface through <see cref="IToolSteps"/>, comments submitted as the portal posts them, and
/// the explanation register that lists them with their article.
/// </summary>
public sealed class RegisterTests : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("draft-comments-").FullName;
    private Guid _instanceId;

    private ToolConsultationHost Host { get; set; } = null!;

    public async Task InitializeAsync()
    {
        // The registers live in the options' SQLite file: this test's own, not one in the working folder.
        Host = await ToolConsultationHost.StartAsync(DraftBench.DefinitionsFolder, [DraftBench.Tool], builder =>
            builder.Services.Configure<ConsultEngineOptions>(o => o.DatabasePath = Path.Combine(_folder, "consult.db")));
        _instanceId = (await Host.Simulator("hdnd.draft-comments", 1).StartAsync()).Id;
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task Host_ShowsTheDraftsForms_ThroughTheToolSteps()
    {
        var surface = await Host.Tools.DescribePublicAsync(_instanceId, "comments");

        Assert.NotNull(surface);
        Assert.Equal(["comment-dieu-1", "comment-dieu-2", "comment-dieu-3", "comment-draft"], surface.Forms.Select(f => f.Id));
        var evaluation = await Host.Tools.EvaluateAsync(_instanceId, "comments", "comment-dieu-2", DraftBench.Body("""{ "subject": "dieu-2", "text": "x", "answers": { "stance": "disagree" } }"""), ToolCaller.Public());
        Assert.DoesNotContain("/answers/wording", evaluation.Show);
    }

    [Fact]
    public async Task Comments_ReachTheExplanationRegister_WithTheirArticleAndStance_AndAProposedWordingAsAnOpinionOfItsOwn()
    {
        var disagree = await SubmitAsync(DraftBench.Comment("dieu-2", "Mức thu ban đêm quá cao.", "disagree"));
        var propose = await SubmitAsync(DraftBench.Comment("dieu-3", "Cần thời gian chuẩn bị.", "propose-wording", "Nghị quyết này có hiệu lực từ ngày 01 tháng 01 năm 2028."));
        var whole = await SubmitAsync(DraftBench.Comment("draft", "Nên công khai danh sách điểm trông giữ xe.", "agree"));

        var register = await Host.Services.GetRequiredService<IConsultationRegisters>().ExplanationRegisterAsync(_instanceId);

        Assert.Equal(
            [
                (Opinion.IdOf(disagree), "dieu-2", "Mức thu ban đêm quá cao."),
                (Opinion.IdOf(propose), "dieu-3", "Cần thời gian chuẩn bị."),
                (Opinion.IdOf(propose, "wording"), "dieu-3", "Nghị quyết này có hiệu lực từ ngày 01 tháng 01 năm 2028."),
                (Opinion.IdOf(whole), "draft", "Nên công khai danh sách điểm trông giữ xe."),
            ],
            register.Rows.Select(r => (r.OpinionId, r.Subject, r.OpinionText)));
        Assert.Equal(["Không đồng ý", "Đề xuất sửa", "Đề xuất sửa", "Đồng ý"], register.Rows.Select(r => r.Stance?.Vi));
        Assert.Equal("Disagree", register.Rows[0].Stance!.En);
        Assert.All(register.Rows, r => Assert.Equal("comments", r.StepId));
        Assert.Equal("Người dân (Góp ý dự thảo, trực tuyến)", register.Rows[0].SourceLabel.Vi);
        Assert.Equal(4, register.Progress.Total);
    }

    [Fact]
    public async Task RegisterTrace_OfAComment_KeepsItsArticle()
    {
        var id = await SubmitAsync(DraftBench.Comment("dieu-2", "Mức thu ban đêm quá cao.", "disagree"));

        var trace = await Host.Services.GetRequiredService<IConsultationRegisters>().TraceInputAsync(_instanceId, id);

        Assert.Equal("dieu-2", trace.Input.Subject);
        Assert.Equal("draft-comments", trace.Input.Tool);
    }

    [Fact]
    public async Task CommentWithoutStance_ReachesTheRegister_WithoutOne()
    {
        await SubmitAsync(DraftBench.Comment("dieu-1", "Cần nói rõ phạm vi."));

        var entry = Assert.Single(await Host.Services.GetRequiredService<IConsultationRegisters>().EntriesAsync(_instanceId));

        Assert.Equal("dieu-1", entry.Opinion.Subject);
        Assert.Null(entry.Opinion.Stance);
    }

    private async Task<Guid> SubmitAsync(Submission submission)
    {
        var result = await Host.Tools.SubmitAsync(_instanceId, "comments", submission, ToolCaller.Public());
        Assert.True(result.Accepted, string.Join("; ", result.Codes));
        return Assert.Single(result.Stored);
    }
}
