namespace ConsultEngine.Definitions.Model;

/// <summary>A user-visible text in Vietnamese (required by the validator) and English (optional).</summary>
public sealed record LocalizedText
{
    public string? Vi { get; init; }

    public string? En { get; init; }

    public static LocalizedText Of(string vi, string? en = null) => new() { Vi = vi, En = en };

    /// <summary>The text in the requested language, falling back to Vietnamese, the product's first language.</summary>
    public string Get(string language) =>
        (language.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? En : null) ?? Vi ?? En ?? string.Empty;
}
