using System.Text.Json;

namespace ConsultEngine.Abstractions;

/// <summary>How an input reached the consultation.</summary>
public enum InputChannel
{
    /// <summary>Submitted by the person on the web (portal, poll page).</summary>
    Web,

    /// <summary>Entered by an enumerator or staff member on the person's behalf (interview, hearing, focus group).</summary>
    Enumerator,

    /// <summary>Transcribed from a paper form.</summary>
    Paper,

    /// <summary>Imported from a file (a field contractor's export).</summary>
    Import,
}

/// <summary>Marks that keep an input stored but out of results by default.</summary>
[Flags]
public enum InputMarks
{
    None = 0,

    /// <summary>Collected while the tool was being pilot-tested.</summary>
    Pilot = 1,

    /// <summary>Judged a duplicate of another input.</summary>
    Duplicate = 2,

    /// <summary>Withdrawn by the person or replaced by a later input (a changed vote).</summary>
    Withdrawn = 4,
}

/// <summary>
/// What is known about the person who gave an input. Every attribute is optional: a consultation
/// asks only what it needs, and a person may decline to answer.
/// </summary>
public sealed record RespondentAttributes
{
    public static RespondentAttributes None { get; } = new();

    public string? Province { get; init; }

    /// <summary>
    /// The commune, ward or special zone (xã, phường, đặc khu) by name, as the province's imported list
    /// names it. Since 1 July 2025 local government has two tiers: communes sit directly under the 34
    /// provinces and centrally-run cities.
    /// </summary>
    public string? Commune { get; init; }

    /// <summary>The commune's official code (the national list of administrative units), when the input names it.</summary>
    public string? CommuneCode { get; init; }

    /// <summary>The district (huyện, quận) of an input collected before 1 July 2025, when districts were abolished; new inputs name the <see cref="Commune"/>.</summary>
    public string? District { get; init; }

    public string? Gender { get; init; }

    /// <summary>An age band such as <c>18-29</c>, <c>30-44</c>, <c>45-59</c>, <c>60+</c>.</summary>
    public string? AgeBand { get; init; }

    public string? Ethnicity { get; init; }

    public string? Occupation { get; init; }

    /// <summary>
    /// The attribute names analysis can cross-tabulate by, in a fixed order. <c>district</c> stays for
    /// data collected before the two-tier local government of 1 July 2025; <c>communeCode</c> is not
    /// listed (it identifies the same unit as <c>commune</c>) but <see cref="Get"/> and filters accept it.
    /// </summary>
    public static IReadOnlyList<string> Names { get; } = ["province", "commune", "district", "gender", "ageBand", "ethnicity", "occupation"];

    /// <summary>The value of the attribute named <paramref name="name"/> (one of <see cref="Names"/>, or <c>communeCode</c>), or <see langword="null"/>.</summary>
    public string? Get(string name) => name switch
    {
        "province" => Province,
        "commune" => Commune,
        "communeCode" => CommuneCode,
        "district" => District,
        "gender" => Gender,
        "ageBand" => AgeBand,
        "ethnicity" => Ethnicity,
        "occupation" => Occupation,
        _ => null,
    };
}

/// <summary>
/// One opinion or response, the same record for every tool so that analysis works across tools: a
/// survey response, a poll vote, an opinion given at a hearing, a passage of a focus-group discussion.
/// </summary>
public sealed record ConsultationInput
{
    public required Guid Id { get; init; }

    public required Guid InstanceId { get; init; }

    public required string StepId { get; init; }

    /// <summary>The tool's id (<c>survey</c>).</summary>
    public required string Tool { get; init; }

    public required InputChannel Channel { get; init; }

    /// <summary>Who collected it (an enumerator's or staff member's user name; the file name of an import); <see langword="null"/> for self-submitted input.</summary>
    public string? Collector { get; init; }

    public RespondentAttributes Respondent { get; init; } = RespondentAttributes.None;

    /// <summary>What the input is about within the tool: a guide question, a hearing session, a poll.</summary>
    public string? Subject { get; init; }

    /// <summary>Structured answers: a JSON object from question id to value (a string, number, or array of strings).</summary>
    public JsonElement? Answers { get; init; }

    /// <summary>Free text: a comment, an opinion given orally, a transcript passage.</summary>
    public string? Text { get; init; }

    /// <summary>Themes this input was coded to (qualitative analysis).</summary>
    public IReadOnlyList<string> Themes { get; init; } = [];

    public InputMarks Flags { get; init; }

    /// <summary>
    /// A key unique among the step's inputs that are not withdrawn (a poll's keyed hash of the voter's
    /// identifier); <see langword="null"/> when the tool does not limit inputs per person. Never the
    /// identifier itself.
    /// </summary>
    public string? UniqueKey { get; init; }

    /// <summary>When the person gave it (the paper form's date for paper and imports).</summary>
    public required DateTimeOffset SubmittedAt { get; init; }

    /// <summary>When the engine stored it.</summary>
    public DateTimeOffset RecordedAt { get; init; }

    public bool Is(InputMarks flag) => (Flags & flag) == flag && flag != InputMarks.None;
}
