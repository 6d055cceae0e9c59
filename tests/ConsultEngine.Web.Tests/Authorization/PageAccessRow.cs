namespace ConsultEngine.Web.Tests.Authorization;

/// <summary>
/// One routable page and who may open it. <see cref="Route"/> is the component's <c>@page</c> template
/// exactly; <see cref="SamplePath"/> the address requested, where <c>{instance}</c> stands for the seeded
/// consultation. <see cref="Allowed"/> null means anyone, signed in or not. An admitted caller gets the page (200).
/// </summary>
internal sealed record PageAccessRow(string Route, string SamplePath, IReadOnlySet<string>? Allowed)
{
    /// <summary>What an admitted caller gets at the sample path: the page (200), or 404 where the page exists only once its content is public.</summary>
    public System.Net.HttpStatusCode Admitted { get; init; } = System.Net.HttpStatusCode.OK;

    public bool Admits(string? role) => Allowed is null || (role is not null && Allowed.Contains(role));

    public string PathFor(Guid instance) => SamplePath.Replace("{instance}", instance.ToString(), StringComparison.Ordinal);
}
