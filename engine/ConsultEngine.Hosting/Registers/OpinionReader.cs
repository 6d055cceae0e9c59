using System.Text.Json;
using ConsultEngine.Abstractions;
using ConsultEngine.Definitions.Overlays;
using ConsultEngine.Definitions.StepTypes;
using ConsultEngine.Hosting.Tools;
using ConsultEngine.Persistence.Registers;
using ConsultEngine.Runtime;
using ConsultEngine.Runtime.Tools;

namespace ConsultEngine.Hosting.Registers;

/// <summary>What the registers read of a consultation's tool steps: its opinions, its inputs and the themes they were coded to.</summary>
internal sealed record ConsultationOpinions(IReadOnlyList<Opinion> Opinions, IReadOnlyDictionary<Guid, ConsultationInput> Inputs, IReadOnlySet<string> Themes, IReadOnlyDictionary<string, LocalText> ToolTitles);

/// <summary>
/// Reads the opinions of every tool step of an instance, in the definition's step order and each
/// step's commit order. Counted inputs only (no pilot, duplicate or withdrawn input gives an opinion);
/// every input not withdrawn may be evidence. Which survey answers are free text is the tool's own
/// word: the questions its analysis reports as <see cref="QuestionShape.Text"/>; so is the label of an
/// input's stance (see <see cref="StepQuestions"/>). The host names no tool.
/// </summary>
internal sealed class OpinionReader(ProcessEngine engine, IDefinitionCatalog definitions, IEnumerable<IConsultationTool> tools, IToolDataStore data, IToolSteps steps)
{
    /// <summary>
    /// Only the questions' shapes are read from the analysis: no cross-tabulation by the respondent
    /// attributes, which is most of a large survey's analysis and would be paid on every read of the register.
    /// </summary>
    private static readonly AnalysisOptions ShapesOnly = AnalysisOptions.Default with { CrossTabBy = [] };

    private readonly Lazy<Dictionary<string, ToolManifest>> _manifests = new(() => tools
        .Select(t => t.Manifest)
        .GroupBy(m => m.StepType, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal));

    public async Task<ConsultationOpinions> ReadAsync(Guid instanceId, CancellationToken cancellationToken)
    {
        var instance = await engine.Store.FindInstanceAsync(instanceId, cancellationToken).ConfigureAwait(false)
            ?? throw new RegisterException(RegisterCodes.ConsultationNotFound, $"There is no consultation {instanceId}.", instanceId);
        var definition = definitions.Find(instance.DefinitionId, instance.DefinitionVersion);
        var opinions = new List<Opinion>();
        var inputs = new Dictionary<Guid, ConsultationInput>();
        var themes = new HashSet<string>(StringComparer.Ordinal);
        var titles = new Dictionary<string, LocalText>(StringComparer.Ordinal);
        foreach (var step in definition?.AllSteps() ?? [])
        {
            if (!StepTypeName.TryParse(step.Type, out var name, out var major) || !name.StartsWith(StepTypeName.ToolPrefix, StringComparison.Ordinal))
            {
                continue;
            }

            var title = _manifests.Value.TryGetValue($"{name}@{major}", out var manifest) ? manifest.Title : new LocalText(name, name);
            titles[step.Id] = title;
            var stored = await data.Inputs(instanceId, step.Id).ReadAsync(InputQuery.All, cancellationToken).ConfigureAwait(false);
            var counted = stored.Where(i => (i.Flags & InputQuery.Counted.ExcludeFlags) == InputMarks.None).ToList();
            foreach (var input in stored.Where(i => !i.Is(InputMarks.Withdrawn)))
            {
                inputs[input.Id] = input;
                themes.UnionWith(input.Themes);
            }

            var questions = counted.Any(i => i.Answers is { ValueKind: JsonValueKind.Object })
                ? await QuestionsAsync(instanceId, step.Id, cancellationToken).ConfigureAwait(false)
                : StepQuestions.None;
            foreach (var input in counted)
            {
                opinions.AddRange(OpinionsOf(input, questions, title));
            }
        }

        return new ConsultationOpinions(opinions, inputs, themes, titles);
    }

    private static IEnumerable<Opinion> OpinionsOf(ConsultationInput input, StepQuestions questions, LocalText toolTitle)
    {
        var label = OpinionSource.Label(input, toolTitle);
        var stance = questions.StanceOf(input);
        if (!string.IsNullOrWhiteSpace(input.Text))
        {
            yield return Make(input, null, input.Text.Trim(), label, stance);
        }

        if (input.Answers is not { ValueKind: JsonValueKind.Object } answers)
        {
            yield break;
        }

        foreach (var question in questions.Text)
        {
            if (answers.TryGetProperty(question, out var answer) && answer.ValueKind == JsonValueKind.String && answer.GetString() is { } text && !string.IsNullOrWhiteSpace(text))
            {
                yield return Make(input, question, text.Trim(), label, stance);
            }
        }
    }

    private static Opinion Make(ConsultationInput input, string? question, string text, LocalText label, LocalText? stance) =>
        new(Opinion.IdOf(input.Id, question), input.Id, question, input.StepId, input.Tool, input.Subject, text)
        {
            Themes = input.Themes,
            SourceLabel = label,
            Channel = input.Channel,
            SubmittedAt = input.SubmittedAt,
            Stance = stance,
        };

    private async Task<StepQuestions> QuestionsAsync(Guid instanceId, string stepId, CancellationToken cancellationToken)
    {
        try
        {
            var analysis = await steps.AnalyseAsync(instanceId, stepId, ShapesOnly, cancellationToken).ConfigureAwait(false);
            return StepQuestions.Of(analysis);
        }
        catch (ToolException)
        {
            // A step whose tool is not loaded or that cannot analyse now: its inputs' free text still counts.
            return StepQuestions.None;
        }
    }
}
