using ConsultEngine.Abstractions;

namespace ConsultEngine.Reporting.Analysis;

/// <summary>
/// Counts people and opinions of inputs by the rule of <see cref="ConsultationAnalysis"/>: people are
/// the distinct unique keys plus the inputs without one. Pure and in one pass per group, so it can be
/// checked by hand on fixed data and runs on 100,000 inputs in milliseconds.
/// </summary>
public static class ParticipationCounter
{
    /// <summary>People and opinions of <paramref name="inputs"/> (those given are counted; filter them first).</summary>
    public static Participation Count(IEnumerable<ConsultationInput> inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var keys = new HashSet<string>(StringComparer.Ordinal);
        var opinions = 0;
        var keyless = 0;
        foreach (var input in inputs)
        {
            opinions++;
            if (input.UniqueKey is { } key)
            {
                keys.Add(key);
            }
            else
            {
                keyless++;
            }
        }

        return new Participation(keys.Count + keyless, opinions);
    }

    /// <summary>The consultation-wide figures of the counted inputs of every tool step (step id → tool id and its inputs).</summary>
    public static ConsultationAnalysis Analyse(Guid instanceId, IReadOnlyList<(string StepId, string Tool, IReadOnlyList<ConsultationInput> Inputs)> steps, int stored = 0)
    {
        ArgumentNullException.ThrowIfNull(steps);
        var all = steps.SelectMany(s => s.Inputs).ToList();
        return new ConsultationAnalysis
        {
            InstanceId = instanceId,
            Total = Count(all),
            Stored = stored,
            BySteps = [.. steps.Select(s => Step(s.StepId, s.Tool, s.Inputs))],
            ByTool = all.GroupBy(i => i.Tool, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, Count, StringComparer.Ordinal),
            ByChannel = Enum.GetValues<InputChannel>().ToDictionary(c => c, c => Count(all.Where(i => i.Channel == c))),
            ByAttribute = [.. RespondentAttributes.Names.Select(name => Attribute(name, all))],
        };
    }

    private static StepParticipation Step(string stepId, string tool, IReadOnlyList<ConsultationInput> inputs)
    {
        var count = Count(inputs);
        return new StepParticipation(stepId, tool, count.People, count.Opinions);
    }

    private static AttributeParticipation Attribute(string name, List<ConsultationInput> inputs)
    {
        var values = inputs
            .Where(i => !string.IsNullOrWhiteSpace(i.Respondent.Get(name)))
            .GroupBy(i => i.Respondent.Get(name)!, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, Count, StringComparer.Ordinal);
        return new AttributeParticipation(name, values, Count(inputs.Where(i => string.IsNullOrWhiteSpace(i.Respondent.Get(name)))));
    }
}
