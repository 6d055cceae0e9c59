using System.ComponentModel.DataAnnotations;

namespace ConsultEngine.Web.Portal.Privacy;

/// <summary>
/// What the privacy notice says an installation does with personal data (section
/// <c>ConsultEngine:Privacy</c>): how long inputs are kept after a consultation closes, who the data
/// controller is and where to write.
/// </summary>
public sealed class PrivacySettings
{
    public const string SectionName = "ConsultEngine:Privacy";

    /// <summary>Months the inputs of a consultation are kept after it closes (<c>ConsultEngine:Privacy:RetentionMonths</c>, 24 by default); then only aggregated results remain.</summary>
    [Range(1, 240)]
    public int RetentionMonths { get; set; } = 24;

    /// <summary>The data controller as the notice names it (Vietnamese); the Standing Committee of the People's Council by default.</summary>
    public string Controller { get; set; } = "Thường trực Hội đồng nhân dân tỉnh";

    /// <summary>The data controller in English.</summary>
    public string ControllerEnglish { get; set; } = "The Standing Committee of the provincial People's Council";

    /// <summary>Where a person writes about their data (an email address or postal address); none by default.</summary>
    public string? Contact { get; set; }
}
