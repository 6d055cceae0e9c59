namespace ConsultEngine.Persistence.Tools;

// The rows of the tool tables. Respondent attributes are columns because analysis filters and
// cross-tabulates by them; answers and themes are JSON text because only the tool reads inside them.

internal sealed class ToolInputRow
{
    /// <summary>Commit order: the table's integer key (SQLite's rowid), only ever rising.</summary>
    public long Sequence { get; set; }

    public Guid Id { get; set; }

    public Guid InstanceId { get; set; }

    public string StepId { get; set; } = string.Empty;

    public string Tool { get; set; } = string.Empty;

    public string Channel { get; set; } = string.Empty;

    public string? Collector { get; set; }

    public string? Province { get; set; }

    public string? Commune { get; set; }

    public string? CommuneCode { get; set; }

    /// <summary>Only for inputs collected before the districts were abolished (1 July 2025).</summary>
    public string? District { get; set; }

    public string? Gender { get; set; }

    public string? AgeBand { get; set; }

    public string? Ethnicity { get; set; }

    public string? Occupation { get; set; }

    public string? Subject { get; set; }

    public string? AnswersJson { get; set; }

    public string? Text { get; set; }

    public string ThemesJson { get; set; } = "[]";

    public int Flags { get; set; }

    public string? UniqueKey { get; set; }

    public DateTimeOffset SubmittedAt { get; set; }

    public DateTimeOffset RecordedAt { get; set; }
}

internal sealed class ToolRecordRow
{
    public Guid InstanceId { get; set; }

    public string StepId { get; set; } = string.Empty;

    public string Collection { get; set; } = string.Empty;

    public string Key { get; set; } = string.Empty;

    public string ValueJson { get; set; } = "null";

    public long Version { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
