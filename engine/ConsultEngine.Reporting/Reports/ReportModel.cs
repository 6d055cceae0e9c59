using ConsultEngine.Reporting.Analysis;
using ConsultEngine.Reporting.Documents;

namespace ConsultEngine.Reporting.Reports;

/// <summary>What a report is generated with: its language and the header and signature details that the definition does not hold.</summary>
public sealed record ReportOptions
{
    /// <summary><c>vi</c> (the default) or <c>en</c>.</summary>
    public string Language { get; init; } = "vi";

    /// <summary>The issuing body; by default the People's Council of the instance's <c>province</c> variable.</summary>
    public string? IssuingBody { get; init; }

    /// <summary>The number and symbol line; by default a blank number for the Office to fill (<c>Số:     /BC-HĐND</c>).</summary>
    public string? NumberAndSymbol { get; init; }

    /// <summary>The place of the place-and-date line; by default the instance's <c>province</c> variable.</summary>
    public string? Place { get; init; }

    /// <summary>The signer's name under the signature; blank by default (signed by hand).</summary>
    public string? Signer { get; init; }
}

/// <summary>What a report was built from: its data basis, so a reader knows which inputs its figures count.</summary>
public sealed record ReportBasis
{
    public required Guid InstanceId { get; init; }

    public required string DefinitionId { get; init; }

    public required int DefinitionVersion { get; init; }

    /// <summary>Inputs stored in the tool steps, whatever their flags.</summary>
    public int InputsStored { get; init; }

    /// <summary>Inputs counted (pilot, duplicate and withdrawn left out).</summary>
    public int InputsCounted { get; init; }

    public int People { get; init; }

    public DateTimeOffset GeneratedAt { get; init; }

    /// <summary>The sequence of the journal entry at the head of the instance's chain when the report was made.</summary>
    public long JournalSequence { get; init; }

    /// <summary>That entry's hash (its MAC under the installation key, when keyed): kept with the report, it pins the journal.</summary>
    public string JournalHead { get; init; } = string.Empty;
}

/// <summary>A generated report: the document to render, what it was built from, and the analysis behind its figures.</summary>
public sealed record ConsultationReport(Document Document, ReportBasis Basis, ConsultationAnalysis Analysis);
