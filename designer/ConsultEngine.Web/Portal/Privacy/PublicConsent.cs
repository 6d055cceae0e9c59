namespace ConsultEngine.Web.Portal.Privacy;

/// <summary>
/// What a person agreed to when sending a public form (<c>"consent": { "privacy": true, "sensitive": false }</c>
/// at the top of the body): <see cref="Privacy"/> to the privacy notice (required), <see cref="Sensitive"/>
/// to the processing of the sensitive attributes they gave (ethnicity; required only when one is given).
/// </summary>
public sealed record PublicConsent
{
    public bool? Privacy { get; init; }

    public bool? Sensitive { get; init; }
}
