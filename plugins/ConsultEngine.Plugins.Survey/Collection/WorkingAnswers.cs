using System.Text.Json;
using System.Text.Json.Nodes;

namespace ConsultEngine.Plugins.Survey.Collection;

/// <summary>
/// The answers as <see cref="AnswerChecker"/> builds them (normalised, hidden ones dropped, calculations added),
/// and their JSON as the scripts read it: written once per change instead of once per script, since a
/// questionnaire's skip logic, filters and constraints mostly run one after another over the same answers.
/// </summary>
internal sealed class WorkingAnswers
{
    private readonly JsonObject _node = [];
    private JsonElement? _json;

    public JsonNode? this[string questionId]
    {
        get => _node[questionId];
        set
        {
            _json = null;
            _node[questionId] = value;
        }
    }

    /// <summary>The answers as JSON, the same element until they change.</summary>
    public JsonElement Json => _json ??= _node.Deserialize<JsonElement>();

    public bool ContainsKey(string questionId) => _node.ContainsKey(questionId);

    public void Remove(string questionId)
    {
        if (_node.Remove(questionId))
        {
            _json = null;
        }
    }
}
