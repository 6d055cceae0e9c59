using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;

namespace ConsultEngine.Web.Tests.Designer;

/// <summary>The authentication state of a circuit whose user has signed in as <paramref name="name"/>, as the designer's library reads it.</summary>
internal sealed class SignedInUser(string name) : AuthenticationStateProvider
{
    public override Task<AuthenticationState> GetAuthenticationStateAsync() =>
        Task.FromResult(new AuthenticationState(new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, name)], "test"))));
}
