namespace ConsultEngine.Abstractions;

/// <summary>A user-visible text in Vietnamese (the product's first language) and English.</summary>
public sealed record LocalText(string Vi, string En)
{
    /// <summary>The text in <paramref name="language"/> (<c>vi</c> or <c>en</c>); Vietnamese for any other.</summary>
    public string In(string language) =>
        string.Equals(language, "en", StringComparison.OrdinalIgnoreCase) ? En : Vi;

    public override string ToString() => Vi;
}
