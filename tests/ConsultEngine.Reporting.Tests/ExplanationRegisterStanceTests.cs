using ConsultEngine.Abstractions;
using ConsultEngine.Hosting.Registers;
using ConsultEngine.Persistence.Registers;
using ConsultEngine.Reporting.Reports;
using ConsultEngine.Reporting.Rendering;
using ConsultEngine.Runtime.State;

namespace ConsultEngine.Reporting.Tests;

/// <summary>
/// The explanation register's DOCX prints an opinion's stance on its subject (a draft comment's agree / disagree /
/// propose wording, a hearing opinion's support / oppose) beside its text, in the document's language; an opinion
/// without a stance (a survey's free comment) is printed as it was given.
/// </summary>
public sealed class ExplanationRegisterStanceTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(7));

    [Theory]
    [InlineData("vi", "Mức thu ban đêm quá cao. (quan điểm: Không đồng ý)", "Nên công khai danh sách điểm trông giữ xe. (quan điểm: Đồng ý) [nhóm G1]")]
    [InlineData("en", "Mức thu ban đêm quá cao. (stance: Disagree)", "Nên công khai danh sách điểm trông giữ xe. (stance: Agree) [group G1]")]
    public void TheRegisterDocx_PrintsEachOpinionsStance_InItsLanguage(string language, string disagree, string agree)
    {
        var rows = Rows(language);

        Assert.Equal([disagree, agree, "Cần thêm bãi đỗ xe."], rows.Select(r => r[1]));
    }

    private static List<IReadOnlyList<string>> Rows(string language)
    {
        var instance = new InstanceRecord { Id = Guid.NewGuid(), DefinitionId = "hdnd.draft-comments", DefinitionVersion = 1, Title = "Phí trông giữ xe" };
        var source = new LocalText("Người dân (Góp ý dự thảo, trực tuyến)", "Citizen (draft comments, online)");
        var register = new ExplanationRegister(
            instance.Id,
            Now,
            new RegisterProgress(3, 3, new Dictionary<DispositionKind, int> { [DispositionKind.TakenUp] = 3 }, Complete: true),
            [
                new ExplanationRow(1, "o1", "Mức thu ban đêm quá cao.", source, DispositionKind.TakenUp, "Đã giảm mức thu.", null) { Stance = new LocalText("Không đồng ý", "Disagree") },
                new ExplanationRow(2, "o2", "Nên công khai danh sách điểm trông giữ xe.", source, DispositionKind.TakenUp, null, "G1") { Stance = new LocalText("Đồng ý", "Agree") },
                new ExplanationRow(3, "o3", "Cần thêm bãi đỗ xe.", source, DispositionKind.TakenUp, null, null),
            ]);

        var document = ExplanationRegisterComposer.Compose(instance, register, new ReportOptions { Language = language }, Now);

        // The register's rows, after its header (the signature block is a table too).
        return [.. DocxReading.Sections(DocxRenderer.Render(document)).Single().TableRows.Where(r => r.Count == 4).Skip(1)];
    }
}
