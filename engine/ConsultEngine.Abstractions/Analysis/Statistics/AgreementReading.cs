namespace ConsultEngine.Abstractions;

/// <summary>The Landis and Koch (1977) bands of agreement beyond chance.</summary>
public enum AgreementReading
{
    /// <summary>κ &lt; 0: less agreement than chance.</summary>
    Poor,

    /// <summary>0 ≤ κ ≤ 0.20.</summary>
    Slight,

    /// <summary>0.20 &lt; κ ≤ 0.40.</summary>
    Fair,

    /// <summary>0.40 &lt; κ ≤ 0.60.</summary>
    Moderate,

    /// <summary>0.60 &lt; κ ≤ 0.80.</summary>
    Substantial,

    /// <summary>0.80 &lt; κ ≤ 1.</summary>
    AlmostPerfect,
}

/// <summary>The labels of <see cref="AgreementReading"/>.</summary>
public static class AgreementReadings
{
    /// <summary>The reading as a stable code (<c>poor</c>, <c>slight</c>, <c>fair</c>, <c>moderate</c>, <c>substantial</c>, <c>almost-perfect</c>).</summary>
    public static string Code(this AgreementReading reading) => reading switch
    {
        AgreementReading.Poor => "poor",
        AgreementReading.Slight => "slight",
        AgreementReading.Fair => "fair",
        AgreementReading.Moderate => "moderate",
        AgreementReading.Substantial => "substantial",
        AgreementReading.AlmostPerfect => "almost-perfect",
        _ => throw new ArgumentOutOfRangeException(nameof(reading), reading, null),
    };

    /// <summary>The reading in Vietnamese and English.</summary>
    public static LocalText Label(this AgreementReading reading) => reading switch
    {
        AgreementReading.Poor => new("Kém (thấp hơn ngẫu nhiên)", "Poor (below chance)"),
        AgreementReading.Slight => new("Rất thấp", "Slight"),
        AgreementReading.Fair => new("Thấp", "Fair"),
        AgreementReading.Moderate => new("Trung bình", "Moderate"),
        AgreementReading.Substantial => new("Khá cao", "Substantial"),
        AgreementReading.AlmostPerfect => new("Gần như hoàn toàn", "Almost perfect"),
        _ => throw new ArgumentOutOfRangeException(nameof(reading), reading, null),
    };
}
