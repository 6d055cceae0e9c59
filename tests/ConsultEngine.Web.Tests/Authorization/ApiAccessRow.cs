using System.Net.Http.Json;

namespace ConsultEngine.Web.Tests.Authorization;

/// <summary>
/// One endpoint of the API and who may call it. <see cref="Route"/> is the route pattern exactly as the
/// host maps it; <see cref="SamplePath"/> the path called (route values filled in); <see cref="Body"/>
/// the request body sent by every caller. <see cref="Allowed"/> null means anyone, signed in or not.
/// </summary>
internal sealed record ApiAccessRow(string Method, string Route, string SamplePath, IReadOnlySet<string>? Allowed, Func<HttpContent?> Body)
{
    public string Key => $"{Method} {Route}";

    /// <summary>Whether an admitted call ends the caller's sign-in everywhere (sign-out renews the security stamp): the test signs in afresh after it.</summary>
    public bool SignsOut { get; init; }

    public bool Admits(string? role) => Allowed is null || (role is not null && Allowed.Contains(role));

    public HttpRequestMessage Request() => new(new HttpMethod(Method), new Uri(SamplePath.TrimStart('/'), UriKind.Relative)) { Content = Body() };

    public static Func<HttpContent?> JsonBody(object value) => () => JsonContent.Create(value);

    public static Func<HttpContent?> NoBody { get; } = () => null;
}
