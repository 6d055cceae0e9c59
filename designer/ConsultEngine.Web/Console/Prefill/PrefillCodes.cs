namespace ConsultEngine.Web.StaffConsole.Prefill;

/// <summary>The codes of a step's pre-filled form data (CE8030–CE8039).</summary>
public static class PrefillCodes
{
    /// <summary>The step declares no pre-fill in its config (<c>"config": { "prefill": "…" }</c>) (404).</summary>
    public const string NoPrefill = "CE8030";

    /// <summary>The step's pre-fill names a source this host does not know (404).</summary>
    public const string UnknownSource = "CE8031";
}
