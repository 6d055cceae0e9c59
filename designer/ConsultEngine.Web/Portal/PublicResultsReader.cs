using ConsultEngine.Abstractions;
using ConsultEngine.Definitions.Model;
using ConsultEngine.Definitions.Overlays;
using ConsultEngine.Hosting.Publication;
using ConsultEngine.Hosting.Registers;
using ConsultEngine.Persistence.Registers;
using ConsultEngine.Reporting;
using ConsultEngine.Reporting.Reports;
using ConsultEngine.Runtime.Queries;

namespace ConsultEngine.Web.Portal;

/// <summary>
/// Reads a consultation's public results, and only once publication is approved: before that every
/// read answers <see langword="null"/> (the page, the downloads and the API answer 404), so no
/// figure leaks. Figures come from the consultation-wide analysis (people and opinions counted
/// apart), commitments and the register from the consultation's registers.
/// </summary>
internal sealed class PublicResultsReader(IConsultationQueries queries, IDefinitionCatalog definitions, OpenConsultations consultations, IConsultationReports reports, IConsultationRegisters registers)
{
    /// <summary>Whether the consultation's results are published (the gate every public read of results passes).</summary>
    public async Task<bool> IsPublishedAsync(Guid instanceId, CancellationToken cancellationToken) =>
        await consultations.FindAsync(instanceId, cancellationToken).ConfigureAwait(false) is { Status: PublicStatus.ResultsPublished };

    /// <summary>The results, or <see langword="null"/> when the consultation is unknown or its results are not published.</summary>
    public async Task<PublicResults?> ReadAsync(Guid instanceId, string language, CancellationToken cancellationToken)
    {
        if (await consultations.FindAsync(instanceId, cancellationToken).ConfigureAwait(false) is not { Status: PublicStatus.ResultsPublished } consultation
            || await queries.FindAsync(instanceId, cancellationToken).ConfigureAwait(false) is not { } instance
            || definitions.Find(instance.DefinitionId, instance.DefinitionVersion) is not { } definition)
        {
            return null;
        }

        var analysis = await reports.AnalyseAsync(instanceId, cancellationToken).ConfigureAwait(false);
        var steps = definition.AllSteps().ToDictionary(s => s.Id, StringComparer.Ordinal);
        LocalizedText TitleOf(string stepId) => steps.TryGetValue(stepId, out var step) && step.Title is { } title ? title : LocalizedText.Of(stepId);

        var participation = new PublicParticipation(
            analysis.Total.People,
            analysis.Total.Opinions,
            [.. analysis.BySteps.Select(s => new PublicParticipationRow(s.StepId, TitleOf(s.StepId), s.People, s.Opinions))]);
        var findings = analysis.Tools
            .SelectMany(tool => tool.Questions
                .Where(q => q.Options.Count > 0 && q.Answered > 0)
                .Select(q => new PublicFinding(
                    tool.StepId,
                    TitleOf(tool.StepId),
                    q.Id,
                    Label(q.Title, language) ?? q.Id,
                    q.Answered,
                    [.. q.Options.Select(o => new PublicShare(Label(o.Label, language) ?? o.Value, o.Count, o.Share, o.Ci95.Low, o.Ci95.High))])))
            .ToList();

        var register = await registers.ExplanationRegisterAsync(instanceId, cancellationToken).ConfigureAwait(false);
        var lines = register.Rows
            .Where(r => r.Kind is not null)
            .Select((r, i) => new PublicRegisterLine(i + 1, r.OpinionText, r.SourceLabel.In(language), DispositionText.Of(r.Kind!.Value, language), r.Explanation))
            .ToList();

        return new PublicResults(consultation, participation)
        {
            Findings = findings,
            Commitments = await CommitmentsAsync(instanceId, language, cancellationToken).ConfigureAwait(false),
            Register = lines,
        };
    }

    /// <summary>"You said, we did": each recommendation drawn from the opinions, what the executive and the Council did with it, and where that stands now.</summary>
    private async Task<List<PublicCommitment>> CommitmentsAsync(Guid instanceId, string language, CancellationToken cancellationToken)
    {
        var decisions = (await registers.DecisionsAsync(instanceId, cancellationToken).ConfigureAwait(false)).ToDictionary(d => d.Id, StringComparer.Ordinal);
        var commitments = new List<PublicCommitment>();
        foreach (var view in await registers.RecommendationsAsync(instanceId, cancellationToken).ConfigureAwait(false))
        {
            var linked = view.DecisionIds.Where(decisions.ContainsKey).Select(id => decisions[id]).ToList();
            var did = linked.Count > 0
                ? string.Join("; ", linked.Select(d => d.Title))
                : string.Join("; ", view.Responses.Select(r => r.Text));
            var furthest = linked.OrderByDescending(d => Progress(d.Status)).FirstOrDefault();
            var status = furthest is not null
                ? StatusLabel(furthest.Status, language)
                : view.Responses.Count > 0 ? ResponseLabel(view.Responses[^1].Kind, language) : Pick(language, "Đang xem xét", "Under consideration");
            var resolution = furthest is { ResolutionNumber: { Length: > 0 } number }
                ? furthest.ResolutionDate is { } date ? $"{number} ({date:dd/MM/yyyy})" : number
                : null;
            commitments.Add(new PublicCommitment(view.Recommendation.Id, view.Recommendation.Text, did.Length > 0 ? did : Pick(language, "Đang xem xét", "Under consideration"), status, resolution));
        }

        return commitments;
    }

    private static int Progress(DecisionStatus status) => status switch
    {
        DecisionStatus.Adopted => 4,
        DecisionStatus.InDrafting => 3,
        DecisionStatus.Accepted => 2,
        DecisionStatus.Proposed => 1,
        _ => 0,
    };

    private static string StatusLabel(DecisionStatus status, string language) => status switch
    {
        DecisionStatus.Proposed => Pick(language, "Đã đề xuất", "Proposed"),
        DecisionStatus.Accepted => Pick(language, "Đã chấp nhận", "Accepted"),
        DecisionStatus.InDrafting => Pick(language, "Đang soạn thảo", "Being drafted"),
        DecisionStatus.Adopted => Pick(language, "Đã ban hành", "Adopted"),
        _ => Pick(language, "Không thực hiện", "Rejected"),
    };

    private static string ResponseLabel(ResponseKind kind, string language) => kind switch
    {
        ResponseKind.Accepted => Pick(language, "UBND tỉnh tiếp thu", "Accepted by the executive"),
        ResponseKind.PartlyAccepted => Pick(language, "UBND tỉnh tiếp thu một phần", "Partly accepted by the executive"),
        _ => Pick(language, "UBND tỉnh không tiếp thu", "Declined by the executive"),
    };

    private static string Pick(string language, string vi, string en) => language == "en" ? en : vi;

    private static string? Label(LocalText? text, string language) =>
        text?.In(language) is { Length: > 0 } value ? value : text?.Vi;
}
