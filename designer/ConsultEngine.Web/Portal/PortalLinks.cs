namespace ConsultEngine.Web.Portal;

/// <summary>The portal's addresses, in one place so pages and tests agree.</summary>
public static class PortalLinks
{
    public static string Consultation(Guid instanceId) => $"/consultations/{instanceId}";

    public static string Tool(Guid instanceId, PublicToolKind kind, string stepId) =>
        $"/consultations/{instanceId}/{PublicTools.Segment(kind)}/{Uri.EscapeDataString(stepId)}";

    public static string Thanks(Guid instanceId, string stepId, string receipt, PublicToolKind kind, string? outcome = null) =>
        $"/consultations/{instanceId}/thanks/{Uri.EscapeDataString(stepId)}?receipt={Uri.EscapeDataString(receipt)}&kind={PublicTools.Segment(kind)}"
        + (outcome is null ? string.Empty : $"&outcome={Uri.EscapeDataString(outcome)}");
}
