using ConsultEngine.Web.Security;
using Microsoft.AspNetCore.Http;

namespace ConsultEngine.Web.Tests.Security;

/// <summary>
/// Which requests the authentication handlers run for (<see cref="CredentialedAuthentication"/>): any request that
/// sends an <c>Authorization</c> header or a cookie; the access tables check what comes of both over HTTP.
/// </summary>
public sealed class CredentialedAuthenticationTests
{
    [Fact]
    public void ARequestWithNeitherAuthorizationNorCookie_CarriesNoCredentials() =>
        Assert.False(CredentialedAuthentication.CarriesCredentials(new DefaultHttpContext().Request));

    [Theory]
    [InlineData("Authorization", "Bearer x")]
    [InlineData("Authorization", "Basic eDp5")]
    [InlineData("Cookie", "ConsultEngine.Auth=x")]
    [InlineData("Cookie", "ConsultEngine.AuthC1=x")]
    [InlineData("Cookie", ".AspNetCore.Culture=c=en|uic=en")]
    public void ARequestWithAnAuthorizationHeaderOrAnyCookie_CarriesCredentials(string header, string value)
    {
        var context = new DefaultHttpContext();
        context.Request.Headers[header] = value;
        Assert.True(CredentialedAuthentication.CarriesCredentials(context.Request));
    }
}
