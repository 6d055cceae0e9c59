namespace ConsultEngine.Web.Portal;

/// <summary>The portal's addresses, in one place so pages and tests agree.</summary>
public static class PortalLinks
{
    public static string Consultation(Guid instanceId) => $"/consultations/{instanceId}";

    /// <summary>The results page, which exists once publication of the results is approved.</summary>
    public static string Results(Guid instanceId) => $"/consultations/{instanceId}/results";

    /// <summary>A download of the results page: <c>report.docx</c>, <c>report.html</c>, <c>register.docx</c>, <c>data.csv</c>, <c>data.json</c>.</summary>
    public static string ResultsFile(Guid instanceId, string file) => $"/consultations/{instanceId}/results/{file}";

    /// <summary>The page of a tool step open to the public: its reads and forms, whatever the tool.</summary>
    public static string Step(Guid instanceId, string stepId) =>
        $"/consultations/{instanceId}/steps/{Uri.EscapeDataString(stepId)}";

    /// <summary>The public API address of a step's surface.</summary>
    public static string StepApi(Guid instanceId, string stepId) =>
        $"/api/consultations/{instanceId}/steps/{Uri.EscapeDataString(stepId)}";

    /// <summary>The thank-you page after a form of the step was accepted, with the receipt to keep.</summary>
    public static string Thanks(Guid instanceId, string stepId, string formId, string? receipt) =>
        $"/consultations/{instanceId}/thanks/{Uri.EscapeDataString(stepId)}?form={Uri.EscapeDataString(formId)}"
        + (string.IsNullOrEmpty(receipt) ? string.Empty : $"&receipt={Uri.EscapeDataString(receipt)}");

    /// <summary>The thank-you page with the receipt and the tool's notice as the site protected it (see <c>ThanksNotice</c>).</summary>
    public static string Thanks(Guid instanceId, string stepId, string formId, string? receipt, string? protectedNotice) =>
        Thanks(instanceId, stepId, formId, receipt)
        + (string.IsNullOrEmpty(protectedNotice) ? string.Empty : $"&notice={Uri.EscapeDataString(protectedNotice)}");
}
