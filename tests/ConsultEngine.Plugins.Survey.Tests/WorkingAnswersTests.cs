using ConsultEngine.Plugins.Survey;

namespace ConsultEngine.Plugins.Survey.Tests;

/// <summary>
/// The answers the scripts read are written once per change of the answers, not once per script: a script after
/// a change (an answer dropped by skip logic, a calculation added) reads the answers as they are then.
/// </summary>
public sealed class WorkingAnswersTests
{
    private const string Config = """
        {
          "questions": [
            { "id": "rides", "label": { "vi": "Anh/chị có đi xe buýt không?", "en": "Do you ride the bus?" }, "type": "single-choice", "required": true, "options": [{ "value": "yes" }, { "value": "no" }] },
            { "id": "trips", "label": { "vi": "Mấy chuyến mỗi tuần?", "en": "How many trips a week?" }, "type": "number", "relevant": "answers.rides === 'yes'" },
            { "id": "why_not", "label": { "vi": "Vì sao không?", "en": "Why not?" }, "type": "text", "required": true, "relevant": "answers.trips === undefined" },
            { "id": "band", "label": { "vi": "Nhóm", "en": "Group" }, "type": "calculate", "calculation": "answers.rides === 'yes' ? 'rider' : 'other'" },
            { "id": "rider_note", "label": { "vi": "Ghi chú của người đi xe buýt", "en": "A rider's note" }, "type": "text", "required": true, "relevant": "answers.band === 'rider'" }
          ]
        }
        """;

    [Fact]
    public async Task AnswerDroppedBySkipLogic_IsGoneForTheScriptsAfterIt()
    {
        var bench = await Support.BenchAsync(Config, setQuestionnaire: false);

        var result = await bench.SubmitAsync("""{ "rides": "no", "trips": 4 }""");

        Assert.Contains((SurveyCodes.RequiredMissing, "why_not"), result.Result.Problems.Select(p => (p.Code, p.Path)));
        Assert.DoesNotContain(result.Result.Problems, p => p.Path == "rider_note");
    }

    [Fact]
    public async Task CalculatedAnswer_IsSeenByTheScriptsAfterIt()
    {
        var bench = await Support.BenchAsync(Config, setQuestionnaire: false);

        var result = await bench.SubmitAsync("""{ "rides": "yes", "trips": 4 }""");

        Assert.Equal([(SurveyCodes.RequiredMissing, "rider_note")], result.Result.Problems.Select(p => (p.Code, p.Path)));
    }
}
