namespace ConsultEngine.Web.Portal;

/// <summary>
/// The portal's own error codes (CE9950–CE9959 and CE9960–CE9979 of the web host's block), beside the
/// tools' CE91xx–CE94xx.
/// </summary>
public static class PortalCodes
{
    /// <summary>No running consultation has this step open to the public (404).</summary>
    public const string NotOpenToPublic = "CE9950";

    /// <summary>The request body is not a submission or registration document (400).</summary>
    public const string BodyInvalid = "CE9951";

    /// <summary>The step open to the public has no form with this id (or no form of the kind asked for) (404).</summary>
    public const string FormNotFound = "CE9960";
}
