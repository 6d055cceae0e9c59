namespace ConsultEngine.Reporting.Versions;

/// <summary>Inputs of one tool step counted in a version.</summary>
public sealed record StepBasis(string StepId, string Tool, int People, int Opinions);

/// <summary>How far the explanation register had come when a version was generated.</summary>
public sealed record DispositionBasis(int Opinions, int Dispositioned, bool Complete);

/// <summary>
/// What a stored version was built from, so that a reader knows which inputs its figures count and two
/// versions can say why their figures differ: the definition version, when the data was analysed,
/// people and opinions overall and per tool step, inputs stored, and dispositions recorded.
/// </summary>
public sealed record ReportDataBasis
{
    public required string DefinitionId { get; init; }

    public required int DefinitionVersion { get; init; }

    /// <summary>When the instance's data was read and analysed for this version.</summary>
    public required DateTimeOffset AnalysedAt { get; init; }

    public int People { get; init; }

    /// <summary>Counted inputs (pilot, duplicate and withdrawn left out).</summary>
    public int Opinions { get; init; }

    /// <summary>Inputs stored in the tool steps, whatever their flags.</summary>
    public int InputsStored { get; init; }

    public IReadOnlyList<StepBasis> Steps { get; init; } = [];

    /// <summary>The explanation register's progress; absent on a host that keeps no registers.</summary>
    public DispositionBasis? Dispositions { get; init; }
}
