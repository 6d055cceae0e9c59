using System.Globalization;
using System.Text.Json;
using ConsultEngine.Abstractions;
using ConsultEngine.Hosting.Registers;
using ConsultEngine.Hosting.Tools;
using ConsultEngine.Persistence.Registers;
using Microsoft.Extensions.DependencyInjection;

namespace ConsultEngine.Web.Testing.Portal;

/// <summary>
/// What the people of a <see cref="ResultsJourney"/> say and what the Council does with it. The counts
/// are chosen so that they do not turn up on a page by accident (a figure search for them finds only a
/// leak): 37 survey responses (3 of them with free text), 43 poll votes (34 keep the price, 9 raise it),
/// 3 hearing opinions from 2 named citizens. Every opinion with text gets a disposition; two
/// recommendations get the executive's responses and one decision each, the first accepted, the second
/// only proposed.
/// </summary>
public static class ResultsJourneyInputs
{
    public const int SurveyResponses = 37;
    public const int SurveyFreeTexts = 3;
    public const int PollVotes = 43;
    public const int PollKeep = 34;
    public const int HearingOpinions = 3;

    /// <summary>Every input is one opinion; the hearing's opinions carry no voter key, so each counts as one person too.</summary>
    public const int People = SurveyResponses + PollVotes + HearingOpinions;

    public const int Opinions = SurveyResponses + PollVotes + HearingOpinions;

    /// <summary>The register's lines: every opinion with text (the survey's free texts, the hearing's opinions).</summary>
    public const int RegisterLines = SurveyFreeTexts + HearingOpinions;

    /// <summary>A speaker named by staff at the hearing.</summary>
    public const string Speaker = "Trịnh Thị Ngọc Diễm";

    /// <summary>A citizen who registered for the hearing on the portal and then spoke.</summary>
    public const string Registrant = "Lương Văn Khởi";

    /// <summary>The figures no public page may show before publication: the seeded counts large enough not to appear by chance.</summary>
    public static IReadOnlyList<int> Figures { get; } = [SurveyResponses, PollVotes, PollKeep, People, Opinions];

    public const string FirstRecommendation = "KN-01";
    public const string SecondRecommendation = "KN-02";
    public const string FirstDecision = "QD-01";
    public const string SecondDecision = "QD-02";

    public const string FirstRecommendationText = "Tăng tần suất thu gom rác lên ba lần mỗi tuần ở khu đông dân cư";
    public const string SecondRecommendationText = "Cấp thùng chứa rác phân loại cho hộ gia đình";
    public const string FirstDecisionTitle = "Sửa đổi quy định về tần suất thu gom rác thải sinh hoạt";
    public const string SecondDecisionTitle = "Chính sách hỗ trợ thùng chứa rác phân loại";

    private static readonly string[] FreeTexts =
    [
        "Xe thu gom không vào được ngõ nhỏ nên rác để ở đầu ngõ nhiều ngày.",
        "Thôn ở xa, chưa có tổ thu gom rác.",
        "Điểm tập kết rác quá xa nhà, người già không mang ra được.",
    ];

    private static readonly string[] HearingTexts =
    [
        "Đề nghị giữ mức giá 20.000 đồng mỗi hộ mỗi tháng ở xã miền núi.",
        "Cần tăng tần suất thu gom lên ba lần mỗi tuần ở khu đông dân.",
        "Đề nghị cấp thùng chứa rác phân loại cho hộ nghèo.",
    ];

    /// <summary>Submits the survey responses and poll votes (entered by staff) and records the hearing's speakers.</summary>
    public static async Task SubmitAsync(IToolSteps tools, Guid instanceId)
    {
        ArgumentNullException.ThrowIfNull(tools);
        var staff = ToolCaller.Staff(PortalSeed.Actor);
        for (var i = 0; i < SurveyResponses; i++)
        {
            object answers = i < SurveyFreeTexts
                ? new Dictionary<string, object> { ["collected"] = "no", ["why-not"] = FreeTexts[i], ["satisfaction"] = "1" }
                : new Dictionary<string, object> { ["collected"] = "yes", ["frequency"] = 2 + (i % 3), ["satisfaction"] = i % 2 == 0 ? "4" : "2" };
            await AcceptedAsync(tools.SubmitAsync(instanceId, PortalSeed.SurveyStep, new Submission { Channel = InputChannel.Enumerator, Answers = Json(answers), Collector = PortalSeed.Actor }, staff)).ConfigureAwait(false);
        }

        for (var i = 0; i < PollVotes; i++)
        {
            var vote = new Submission
            {
                Channel = InputChannel.Enumerator,
                Answers = Json(new { price = i < PollKeep ? "keep" : "raise" }),
                Identifier = string.Create(CultureInfo.InvariantCulture, $"09120{i:D5}"),
                Collector = PortalSeed.Actor,
            };
            await AcceptedAsync(tools.SubmitAsync(instanceId, PortalSeed.PollStep, vote, staff)).ConfigureAwait(false);
        }

        var registered = await tools.ExecuteAsync(instanceId, PortalSeed.HearingStep, "register", Json(new { sessionId = PortalSeed.LargeSession, fullName = Registrant }), ToolCaller.Public()).ConfigureAwait(false);
        var registrationId = registered!.Value.GetProperty("registrationId").GetString();
        await tools.ExecuteAsync(instanceId, PortalSeed.HearingStep, "add-speaker", Json(new
        {
            sessionId = PortalSeed.LargeSession,
            name = Speaker,
            opinions = new[] { new { text = HearingTexts[0], stance = "oppose" }, new { text = HearingTexts[1], stance = "support" } },
        }), staff).ConfigureAwait(false);
        await tools.ExecuteAsync(instanceId, PortalSeed.HearingStep, "add-speaker", Json(new
        {
            sessionId = PortalSeed.LargeSession,
            registrationId,
            opinions = new[] { new { text = HearingTexts[2], stance = "amend" } },
        }), staff).ConfigureAwait(false);
    }

    /// <summary>Dispositions for every opinion, the two recommendations with the executive's responses, and their decisions (accepted, proposed).</summary>
    public static async Task RecordRegistersAsync(IServiceProvider services, Guid instanceId)
    {
        ArgumentNullException.ThrowIfNull(services);
        var registers = services.GetRequiredService<IConsultationRegisters>();
        const string actor = "test-workinggroup";
        await registers.CreateRecommendationAsync(instanceId, FirstRecommendation, new RecommendationDraft(FirstRecommendationText, "UBND tỉnh", Evidence.None), actor).ConfigureAwait(false);
        await registers.CreateRecommendationAsync(instanceId, SecondRecommendation, new RecommendationDraft(SecondRecommendationText, "UBND tỉnh", Evidence.None), actor).ConfigureAwait(false);
        await registers.AddResponseAsync(instanceId, FirstRecommendation, ResponseKind.Accepted, "Bố trí thêm xe thu gom cho khu đông dân cư từ quý III.", "Sở Nông nghiệp và Môi trường", actor).ConfigureAwait(false);
        await registers.AddResponseAsync(instanceId, SecondRecommendation, ResponseKind.PartlyAccepted, "Cấp thùng cho hộ nghèo và cận nghèo trước.", "Sở Tài chính", actor).ConfigureAwait(false);
        await registers.CreateDecisionAsync(instanceId, new DecisionDraft(DecisionKind.Amend, FirstDecisionTitle, [FirstRecommendation]) { Id = FirstDecision }, actor).ConfigureAwait(false);
        await registers.CreateDecisionAsync(instanceId, new DecisionDraft(DecisionKind.NewPolicy, SecondDecisionTitle, [SecondRecommendation]) { Id = SecondDecision }, actor).ConfigureAwait(false);
        await registers.ChangeDecisionStatusAsync(instanceId, FirstDecision, new DecisionStatusChange(DecisionStatus.Accepted), actor).ConfigureAwait(false);

        foreach (var (entry, index) in (await registers.EntriesAsync(instanceId).ConfigureAwait(false)).Select((e, i) => (e, i)))
        {
            var disposition = (index % 3) switch
            {
                0 => new DispositionEntry(DispositionKind.TakenUp, "Đã đưa vào kiến nghị.") { RecommendationId = FirstRecommendation },
                1 => new DispositionEntry(DispositionKind.PartlyTakenUp, "Tiếp thu một phần.") { RecommendationId = SecondRecommendation },
                _ => new DispositionEntry(DispositionKind.NotTakenUp, "Mức giá do Hội đồng nhân dân tỉnh quyết định theo lộ trình."),
            };
            await registers.RecordDispositionAsync(instanceId, new DispositionRequest([entry.Opinion.Id], disposition), actor).ConfigureAwait(false);
        }
    }

    private static async Task AcceptedAsync(Task<SubmitResult> submit)
    {
        var result = await submit.ConfigureAwait(false);
        if (!result.Accepted)
        {
            throw new InvalidOperationException("The seed's input was refused: " + string.Join(", ", result.Codes));
        }
    }

    private static JsonElement Json(object value) => JsonSerializer.SerializeToElement(value);
}
