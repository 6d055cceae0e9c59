using ConsultEngine.Persistence.Registers;

namespace ConsultEngine.Reporting.Reports;

/// <summary>How a disposition reads in the register and on the portal, in Vietnamese or English.</summary>
public static class DispositionText
{
    /// <summary>The label of <paramref name="kind"/> in <paramref name="language"/> (<c>vi</c> or <c>en</c>).</summary>
    public static string Of(DispositionKind kind, string language) => ReportLanguage.Pick(language,
        kind switch
        {
            DispositionKind.TakenUp => "Tiếp thu",
            DispositionKind.PartlyTakenUp => "Tiếp thu một phần",
            DispositionKind.NotTakenUp => "Không tiếp thu",
            _ => "Ngoài phạm vi tham vấn",
        },
        kind switch
        {
            DispositionKind.TakenUp => "Taken up",
            DispositionKind.PartlyTakenUp => "Partly taken up",
            DispositionKind.NotTakenUp => "Not taken up",
            _ => "Outside the scope",
        });
}
