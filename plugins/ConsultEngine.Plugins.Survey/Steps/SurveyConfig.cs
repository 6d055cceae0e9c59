using System.Text.Json;
using ConsultEngine.Abstractions;
using ConsultEngine.Plugins.Survey.Model;

namespace ConsultEngine.Plugins.Survey.Steps;

/// <summary>What the survey reads from a step's config (already valid against the manifest's schema).</summary>
internal sealed record SurveyConfig
{
    public bool Pilot { get; init; }

    /// <summary>The configured channels; empty when the config names none (then every channel of the tool is open).</summary>
    public IReadOnlySet<string> Channels { get; init; } = new HashSet<string>();

    /// <summary>Per respondent attribute, the most counted inputs per value.</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> Quotas { get; init; } = new Dictionary<string, IReadOnlyDictionary<string, int>>();

    /// <summary>Whether a full quota refuses (<c>stop</c>, the default) or accepts with a warning (<c>warn</c>).</summary>
    public bool QuotaWarnOnly { get; init; }

    public int? SampleSize { get; init; }

    /// <summary>The questionnaire given inline (<c>questions</c>, <c>groups</c>, <c>languages</c>), if any.</summary>
    public Questionnaire? Inline { get; init; }

    /// <summary>The config's <c>questionnaire</c>: a form id or file name the step refers to (informational).</summary>
    public string? QuestionnaireRef { get; init; }

    public bool IsOpen(InputChannel channel) => Channels.Count == 0 || Channels.Contains(ChannelName(channel));

    public static string ChannelName(InputChannel channel) => channel switch
    {
        InputChannel.Web => "web",
        InputChannel.Enumerator => "enumerator",
        InputChannel.Paper => "paper",
        _ => "import",
    };

    public static SurveyConfig Read(JsonElement config)
    {
        if (config.ValueKind != JsonValueKind.Object)
        {
            return new SurveyConfig();
        }

        var channels = new HashSet<string>(StringComparer.Ordinal);
        if (config.TryGetProperty("channels", out var list) && list.ValueKind == JsonValueKind.Array)
        {
            channels.UnionWith(list.EnumerateArray().Where(c => c.ValueKind == JsonValueKind.String).Select(c => c.GetString()!));
        }

        var quotas = new Dictionary<string, IReadOnlyDictionary<string, int>>(StringComparer.Ordinal);
        if (config.TryGetProperty("quotas", out var q) && q.ValueKind == JsonValueKind.Object)
        {
            foreach (var attribute in q.EnumerateObject().Where(a => a.Value.ValueKind == JsonValueKind.Object))
            {
                quotas[attribute.Name] = attribute.Value.EnumerateObject()
                    .Where(v => v.Value.ValueKind == JsonValueKind.Number && v.Value.TryGetInt32(out _))
                    .ToDictionary(v => v.Name, v => v.Value.GetInt32(), StringComparer.Ordinal);
            }
        }

        Questionnaire? inline = null;
        if (config.TryGetProperty("questions", out var questions) && questions.ValueKind == JsonValueKind.Array)
        {
            try
            {
                inline = new Questionnaire
                {
                    Questions = questions.Deserialize<List<Question>>(SurveyJson.Options) ?? [],
                    Groups = config.TryGetProperty("groups", out var groups) ? groups.Deserialize<List<QuestionGroup>>(SurveyJson.Options) ?? [] : [],
                    Languages = config.TryGetProperty("languages", out var languages) ? languages.Deserialize<List<string>>(SurveyJson.Options) ?? [] : [],
                };
            }
            catch (JsonException ex)
            {
                throw new ToolException(ToolCodes.ConfigInvalid, $"The questionnaire in the step's config cannot be read: {ex.Message}", [new ToolProblem(SurveyCodes.QuestionnaireInvalid, "questions", ex.Message)]);
            }
        }

        return new SurveyConfig
        {
            Pilot = config.TryGetProperty("pilot", out var pilot) && pilot.ValueKind == JsonValueKind.True,
            Channels = channels,
            Quotas = quotas,
            QuotaWarnOnly = config.TryGetProperty("quotaAction", out var action) && action.ValueKind == JsonValueKind.String && action.GetString() == "warn",
            SampleSize = config.TryGetProperty("sampleSize", out var size) && size.ValueKind == JsonValueKind.Number && size.TryGetInt32(out var n) ? n : null,
            Inline = inline,
            QuestionnaireRef = config.TryGetProperty("questionnaire", out var reference) && reference.ValueKind == JsonValueKind.String ? reference.GetString() : null,
        };
    }
}
