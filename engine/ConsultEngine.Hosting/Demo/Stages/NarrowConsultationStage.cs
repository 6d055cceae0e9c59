using System.Text.Json.Nodes;
using ConsultEngine.Hosting.Demo.Data;
using static ConsultEngine.Hosting.Demo.DemoTexts;

namespace ConsultEngine.Hosting.Demo.Stages;

/// <summary>
/// The narrow consultation (a focus-group step): experts and departments, then representatives of the
/// Front and mass organisations, discuss the two issues; their passages are coded to the codebook.
/// </summary>
internal sealed class NarrowConsultationStage : IDemoStage
{
    private const string Step = "narrow-consultation";

    public async Task RunAsync(DemoRun run)
    {
        run.AdvanceDays(3);
        await run.ActAsync(Step, "set-guide", $$"""
            { "questions": [
              { "id": "chi-phi", "text": { "vi": "Mức giá hiện nay bù đắp được bao nhiêu phần chi phí thu gom, vận chuyển, xử lý?", "en": "How much of the cost does today's price cover?" } },
              { "id": "khoi-luong", "text": { "vi": "Điều kiện nào để tính giá theo khối lượng ở địa phương?", "en": "What is needed to charge by volume locally?" } },
              { "id": "cau-hoi", "text": { "vi": "Cần hỏi người dân những câu hỏi then chốt nào?", "en": "Which key questions should citizens be asked?" } } ] }
            """, Actors.Office);
        await ThemesAsync(run, Step, Actors.Office);
        await run.ActAsync(Step, "define-group", """
            { "id": "chuyen-gia", "name": { "vi": "Chuyên gia và đại diện sở, ngành", "en": "Experts and departments" },
              "criteria": [ { "label": "Chuyên gia, nhà khoa học am hiểu lĩnh vực" }, { "label": "Đại diện các sở, ban, ngành liên quan" } ], "plannedSize": 8,
              "facilitator": "Trần Thị Thu Hà" }
            """, Actors.Office);
        await run.ActAsync(Step, "define-group", """
            { "id": "mat-tran-doan-the", "name": { "vi": "Ủy ban MTTQ và các tổ chức chính trị - xã hội", "en": "Fatherland Front and mass organisations" },
              "criteria": [ { "label": "Đại diện Ủy ban MTTQ Việt Nam và các tổ chức chính trị - xã hội" } ], "plannedSize": 8,
              "facilitator": "Nguyễn Văn Đức" }
            """, Actors.Office);
        await run.ActAsync(Step, "add-participants", Roster("chuyen-gia", "CG", ["Chuyên gia, nhà khoa học am hiểu lĩnh vực", "Đại diện các sở, ban, ngành liên quan"], 7), Actors.Office);
        await run.ActAsync(Step, "add-participants", Roster("mat-tran-doan-the", "MT", ["Đại diện Ủy ban MTTQ Việt Nam và các tổ chức chính trị - xã hội"], 6), Actors.Office);

        run.AdvanceDays(7);
        await PassagesAsync(run, "chuyen-gia", [
            ("chi-phi", "CG-01", "Giá hiện nay chỉ bù được chưa đến một nửa chi phí; phần còn lại ngân sách xã đang gánh.", [Codebook.Price, Codebook.Transparency]),
            ("chi-phi", "CG-03", "Chi phí vận chuyển lên các xã miền núi cao gấp đôi đồng bằng vì quãng đường xa.", [Codebook.Price]),
            ("khoi-luong", "CG-02", "Muốn tính theo khối lượng thì phải bán túi đựng rác có in giá, như Hà Nội và Đà Nẵng đang thí điểm.", [Codebook.ByVolume]),
            ("khoi-luong", "CG-05", "Chưa phân loại tại nguồn thì tính theo khối lượng sẽ khó, người dân sẽ đổ trộm rác.", [Codebook.ByVolume, Codebook.Sorting]),
            ("cau-hoi", "CG-04", "Cần hỏi người dân mức sẵn sàng chi trả và mức hài lòng với tần suất thu gom.", [Codebook.Price, Codebook.Frequency]),
        ]);
        run.AdvanceDays(5);
        await PassagesAsync(run, "mat-tran-doan-the", [
            ("chi-phi", "MT-01", "Hộ nghèo, hộ cận nghèo cần được miễn hoặc giảm một nửa mức giá.", [Codebook.Exemptions]),
            ("khoi-luong", "MT-02", "Hội Phụ nữ có thể vận động chị em phân loại nếu được phát thùng năm đầu.", [Codebook.Sorting]),
            ("cau-hoi", "MT-03", "Nên hỏi bà con có biết tiền thu được chi vào việc gì không, vì nhiều nơi thu nhưng không công khai.", [Codebook.Transparency]),
            ("cau-hoi", "MT-04", "Ở bản, loa truyền thanh và tờ rơi bằng tiếng Thái sẽ hiệu quả hơn văn bản.", [Codebook.Information]),
        ]);
        run.AdvanceDays(2);
        await run.CloseAsync(Step, Actors.Office);
    }

    /// <summary>Defines the consultation's codebook in a focus-group step.</summary>
    public static async Task ThemesAsync(DemoRun run, string step, string actor)
    {
        foreach (var (id, vi, en) in Codebook.Themes)
        {
            await run.ActAsync(step, "define-theme", new JsonObject { ["id"] = id, ["label"] = new JsonObject { ["vi"] = vi, ["en"] = en } }, actor);
        }
    }

    private static async Task PassagesAsync(DemoRun run, string group, (string Question, string Participant, string Text, string[] Themes)[] passages)
    {
        var recorded = await FocusGroupStage.RecordAsync(run, Step, group, [.. passages.Select(p => (p.Question, p.Participant, p.Text))]);
        for (var i = 0; i < passages.Length; i++)
        {
            await FocusGroupStage.CodeAsync(run, Step, recorded[i], passages[i].Themes, Actors.Office);
        }
    }

    private static JsonObject Roster(string group, string prefix, string[] meets, int size)
    {
        string[] ages = ["30-44", "45-59", "45-59", "30-44", "60+", "45-59", "30-44"];
        var participants = new JsonArray();
        for (var i = 1; i <= size; i++)
        {
            participants.Add(new JsonObject
            {
                ["code"] = $"{prefix}-{i:00}",
                ["attributes"] = new JsonObject { ["province"] = Province, ["gender"] = i % 3 == 0 ? "nữ" : "nam", ["ageBand"] = ages[(i - 1) % ages.Length] },
                ["meets"] = new JsonArray([.. meets.Select(m => (JsonNode)m)]),
                ["consent"] = new JsonObject { ["given"] = true, ["form"] = "written" },
            });
        }

        return new JsonObject { ["group"] = group, ["participants"] = participants };
    }
}
