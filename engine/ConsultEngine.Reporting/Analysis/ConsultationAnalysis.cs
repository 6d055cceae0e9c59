using ConsultEngine.Abstractions;

namespace ConsultEngine.Reporting.Analysis;

/// <summary>People and opinions of one group of inputs (a step, a channel, an attribute's value), counted apart.</summary>
public sealed record Participation(int People, int Opinions);

/// <summary>Participation through one tool step.</summary>
public sealed record StepParticipation(string StepId, string Tool, int People, int Opinions);

/// <summary>Participation by the values of one respondent attribute; inputs without the attribute are counted under <see cref="Unknown"/>.</summary>
public sealed record AttributeParticipation(string Attribute, IReadOnlyDictionary<string, Participation> Values, Participation Unknown);

/// <summary>
/// Who took part in a consultation across all its tool steps, with people and opinions counted apart,
/// and each tool step's own analysis beside it.
/// <para>
/// <b>Opinions</b> are the counted inputs (pilot, duplicate and withdrawn inputs left out, as in every
/// tool's analysis). <b>People</b> are the distinct <see cref="ConsultationInput.UniqueKey"/>s among
/// them across every tool step of the consultation, each input without a key counting as one person:
/// a voter who votes in the poll and comments in the survey under the same key is one person and two
/// opinions. A tool that keeps no key (an anonymous paper form) cannot tell two inputs of one person
/// apart, so its people are an upper bound; the same rule applies within each breakdown.
/// </para>
/// </summary>
public sealed record ConsultationAnalysis
{
    public required Guid InstanceId { get; init; }

    public required Participation Total { get; init; }

    /// <summary>Inputs stored in the tool steps, whatever their flags.</summary>
    public int Stored { get; init; }

    public IReadOnlyList<StepParticipation> BySteps { get; init; } = [];

    /// <summary>By tool id (two steps of one tool together).</summary>
    public IReadOnlyDictionary<string, Participation> ByTool { get; init; } = new Dictionary<string, Participation>();

    /// <summary>By channel, every channel listed (zero where none came).</summary>
    public IReadOnlyDictionary<InputChannel, Participation> ByChannel { get; init; } = new Dictionary<InputChannel, Participation>();

    /// <summary>By each respondent attribute of <see cref="RespondentAttributes.Names"/>, in that order.</summary>
    public IReadOnlyList<AttributeParticipation> ByAttribute { get; init; } = [];

    /// <summary>Each reached tool step's own analysis (<see cref="Hosting.Tools.IToolSteps.AnalyseAsync"/>), in definition order.</summary>
    public IReadOnlyList<ToolAnalysis> Tools { get; init; } = [];

    /// <summary>The consultation codebook's themes and coder agreement; null while the codebook has no theme (left out of JSON then).</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public CodebookAnalysis? Codebook { get; init; }
}
