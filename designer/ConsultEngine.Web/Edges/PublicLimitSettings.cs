namespace ConsultEngine.Web.Edges;

/// <summary>
/// The <c>ConsultWeb:PublicLimits</c> settings: how large a request to a public route may be, and how long
/// or how many the fields of a public submission. A body over <see cref="BodyBytes"/> is answered 413
/// (CE9985) before it is read; a field over its cap 422 with its JSON Pointer (CE9986–CE9988).
/// </summary>
internal sealed class PublicLimitSettings
{
    public const string SectionName = "ConsultWeb:PublicLimits";

    /// <summary>The body of a request to a public route (the public API, the portal's form posts).</summary>
    public long BodyBytes { get; set; } = 64 * 1024;

    /// <summary>
    /// The body of a request to any other API route (the staff API: definitions, tool-step actions with
    /// an uploaded file, imports), answered 413 (CE9985) the same way; by default Kestrel's own 30 MB.
    /// </summary>
    public long ApiBodyBytes { get; set; } = 30_000_000;

    /// <summary>Characters of any text of a submission (its free text, a text answer, an action's field).</summary>
    public int TextLength { get; set; } = 10_000;

    /// <summary>Characters of a respondent attribute or of the identifier.</summary>
    public int AttributeLength { get; set; } = 200;

    /// <summary>Answers of one submission, and values of one answer (a multiple choice).</summary>
    public int Answers { get; set; } = 500;

    /// <summary>Problems reported back for one submission; a longer list ends with CE9989.</summary>
    public int ProblemsReported { get; set; } = 50;
}
