namespace ConsultEngine.Web.Portal;

/// <summary>The portal's addresses, in one place so pages and tests agree.</summary>
public static class PortalLinks
{
    public static string Consultation(Guid instanceId) => $"/consultations/{instanceId}";

    /// <summary>The results page, which exists once publication of the results is approved.</summary>
    public static string Results(Guid instanceId) => $"/consultations/{instanceId}/results";

    /// <summary>A download of the results page: <c>report.docx</c>, <c>report.html</c>, <c>register.docx</c>, <c>data.csv</c>, <c>data.json</c>.</summary>
    public static string ResultsFile(Guid instanceId, string file) => $"/consultations/{instanceId}/results/{file}";

    public static string Tool(Guid instanceId, PublicToolKind kind, string stepId) =>
        $"/consultations/{instanceId}/{PublicTools.Segment(kind)}/{Uri.EscapeDataString(stepId)}";

    public static string Thanks(Guid instanceId, string stepId, string receipt, PublicToolKind kind, string? outcome = null) =>
        $"/consultations/{instanceId}/thanks/{Uri.EscapeDataString(stepId)}?receipt={Uri.EscapeDataString(receipt)}&kind={PublicTools.Segment(kind)}"
        + (outcome is null ? string.Empty : $"&outcome={Uri.EscapeDataString(outcome)}");
}
