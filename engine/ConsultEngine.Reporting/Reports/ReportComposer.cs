using System.Globalization;
using System.Text.Json;
using ConsultEngine.Definitions.Model;
using ConsultEngine.Reporting.Documents;
using ConsultEngine.Runtime.State;

namespace ConsultEngine.Reporting.Reports;

/// <summary>
/// Composes the report document from the definition's <c>report</c> structure: each section, in
/// order and numbered (I, II… then 1, 2… then 1.1…), is filled from its source steps — a human
/// step's form data, a tool step's analysis — and says which steps are not done yet. The
/// consultation-wide participation goes into one section: the one with id <c>participation</c>,
/// else <c>method</c>, else the first with a tool step among its sources; there the tool steps are
/// shown by their participation figures, and everywhere else by their full analysis.
/// </summary>
internal static class ReportComposer
{
    public static ConsultationReport Compose(ReportData data, ReportOptions options, DateTimeOffset now)
    {
        var text = new ReportText(options.Language);
        var structure = data.Definition.Report ?? Fallback(data);
        var participation = ParticipationSection(structure.Sections, data);
        var basis = new ReportBasis
        {
            InstanceId = data.Instance.Id,
            DefinitionId = data.Definition.Id,
            DefinitionVersion = data.Definition.Version,
            InputsStored = data.Analysis.Stored,
            InputsCounted = data.Analysis.Total.Opinions,
            People = data.Analysis.Total.People,
            GeneratedAt = now,
            JournalSequence = data.Instance.JournalLength,
            JournalHead = data.Instance.JournalHead,
        };
        var sections = new SectionFiller(data, text, participation);
        var document = new Document
        {
            Language = options.Language,
            Header = ReportFrame.Header(data.Instance, structure, options, text, now),
            Preamble = [ReportFrame.BasisParagraph(data, basis, text), ReportFrame.JournalHeadLine(basis, text)],
            Sections = [.. structure.Sections.Select((s, i) => sections.Fill(s, 1, Roman(i + 1)))],
            Signature = ReportFrame.Signature(options, text),
        };
        return new ConsultationReport(document, basis, data.Analysis);
    }

    private static string? ParticipationSection(IReadOnlyList<ReportSection> sections, ReportData data)
    {
        var all = Flatten(sections).ToList();
        return all.FirstOrDefault(s => s.Id == "participation")?.Id
            ?? all.FirstOrDefault(s => s.Id == "method")?.Id
            ?? all.FirstOrDefault(s => s.Sources.Any(data.ToolSteps.ContainsKey))?.Id;
    }

    private static IEnumerable<ReportSection> Flatten(IEnumerable<ReportSection> sections) =>
        sections.SelectMany(s => Flatten(s.Sections).Prepend(s));

    /// <summary>A definition without a report structure: participation, then one section per tool step.</summary>
    private static ReportStructure Fallback(ReportData data) => new()
    {
        Title = data.Definition.Title,
        Sections =
        [
            new ReportSection { Id = "participation", Title = LocalizedText.Of("Đối tượng và mức độ tham gia", "Who took part") },
            .. data.ToolSteps.Values.Select(t => new ReportSection { Id = t.Step.Id, Title = t.Step.Title, Sources = [t.Step.Id] }),
        ],
    };

    internal static string Roman(int number)
    {
        string[] numerals = ["M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"];
        int[] values = [1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1];
        var result = new System.Text.StringBuilder();
        for (var i = 0; i < values.Length; i++)
        {
            while (number >= values[i])
            {
                result.Append(numerals[i]);
                number -= values[i];
            }
        }

        return result.ToString();
    }

    /// <summary>Fills sections from their sources.</summary>
    private sealed class SectionFiller(ReportData data, ReportText text, string? participationSection)
    {
        private readonly FormDataWriter _forms = new(text);
        private readonly ToolAnalysisWriter _tools = new(text);

        public DocumentSection Fill(ReportSection section, int level, string number)
        {
            var blocks = new List<DocumentBlock>();
            var participation = section.Id == participationSection;
            if (participation)
            {
                blocks.AddRange(new ParticipationWriter(text, StepTitle).Write(data.Analysis));
                blocks.AddRange(new CodebookWriter(text, StepTitle).Write(data.Analysis.Codebook));
            }

            foreach (var source in section.Sources)
            {
                blocks.AddRange(Source(source, participation));
            }

            return new DocumentSection
            {
                Id = section.Id,
                Number = number,
                Level = level,
                Heading = ReportLanguage.Of(section.Title, text.Language, section.Id),
                Blocks = blocks,
                Sections = [.. section.Sections.Select((s, i) => Fill(s, level + 1, level == 1 ? (i + 1).ToString(CultureInfo.InvariantCulture) : $"{number}.{i + 1}"))],
            };
        }

        private string StepTitle(string stepId) => ReportLanguage.Of(data.Step(stepId)?.Title, text.Language, stepId);

        private IEnumerable<DocumentBlock> Source(string stepId, bool participation)
        {
            if (data.ToolSteps.TryGetValue(stepId, out var tool))
            {
                if (participation && tool.Readiness == ToolStepReadiness.Analysed)
                {
                    yield break;
                }

                yield return new TextBlock(StepTitle(stepId)) { Style = TextStyle.Label };
                var blocks = tool.Readiness switch
                {
                    ToolStepReadiness.Analysed => _tools.Write(tool.Analysis!, StepTitle(stepId)),
                    ToolStepReadiness.ToolNotLoaded => [new TextBlock(text.ToolNotLoaded) { Style = TextStyle.Note }],
                    _ => [new TextBlock(text.NotDone) { Style = TextStyle.Note }],
                };
                foreach (var block in blocks)
                {
                    yield return block;
                }

                yield break;
            }

            yield return new TextBlock(StepTitle(stepId)) { Style = TextStyle.Label };
            foreach (var block in HumanStep(stepId))
            {
                yield return block;
            }
        }

        private List<DocumentBlock> HumanStep(string stepId)
        {
            var state = data.States.GetValueOrDefault(stepId);
            if (state is null || state.Status is not (StepStatus.Completed or StepStatus.Skipped or StepStatus.Cancelled))
            {
                return [new TextBlock(text.NotDone) { Style = TextStyle.Note }];
            }

            if (state.Status != StepStatus.Completed)
            {
                return [new TextBlock(text.Skipped) { Style = TextStyle.Note }];
            }

            if (state.OutputJson is null or "{}" or "null")
            {
                return [new TextBlock(text.NoData) { Style = TextStyle.Note }];
            }

            using var output = JsonDocument.Parse(state.OutputJson);
            var form = data.Step(stepId)?.Form is { } formId && data.Definition.Forms.TryGetValue(formId, out var definition) ? new FormSchema(definition.Schema) : FormSchema.None;
            return _forms.Write(output.RootElement.Clone(), form).ToList();
        }
    }
}
