namespace ConsultEngine.Web.Tenancy;

/// <summary>
/// The provinces a deployment serves (<c>ConsultWeb:Tenancy</c>). A deployment for one province needs
/// nothing here: consultations started before provinces existed belong to <see cref="DefaultProvince"/>,
/// and staff without a province are national and see everything, as before.
/// </summary>
internal sealed class TenancySettings
{
    public const string SectionName = "ConsultWeb:Tenancy";

    /// <summary>The province (official code, <c>01</c>…<c>96</c>) of a consultation that names none.</summary>
    public string DefaultProvince { get; set; } = "01";

    /// <summary>
    /// Owners of definitions whose id does not name their province (<c>hdnd.da-nang</c> names Đà Nẵng):
    /// definition id → province code. A definition neither names nor is given a province is national.
    /// </summary>
    public Dictionary<string, string> DefinitionOwners { get; set; } = new(StringComparer.Ordinal);
}
