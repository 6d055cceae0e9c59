using ConsultEngine.Web.Api;
using ConsultEngine.Web.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;

namespace ConsultEngine.Web.Identity.Api;

/// <summary>
/// Sign-in for HTTP clients: <c>POST /api/auth/login</c> answers Identity's bearer token (or, with
/// <c>?useCookies=true</c>, sets the browser's sign-in cookie); <c>me</c>, <c>change-password</c>, <c>logout</c>.
/// </summary>
[ApiEndpointGroup]
internal static class AuthEndpoints
{
    public const string Prefix = "/api/auth";

    public static void Map(RouteGroupBuilder api)
    {
        var auth = api.MapGroup("/auth").WithTags("Auth");

        auth.MapPost("/login", LoginAsync)
            .WithName("Login")
            .WithSummary("Signs in with a user name and password (and the authenticator's code when two-factor sign-in is on): a bearer token, or the sign-in cookie with useCookies=true.")
            .AllowAnonymous()
            .RequireRateLimiting(RateLimits.SignIn)
            .Produces<AccessTokenResponse>()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        auth.MapGet("/me", (HttpContext http) => TypedResults.Ok(new Me(
                http.User.Identity?.Name ?? "",
                [.. Roles.All.Where(http.User.IsInRole)],
                http.User.HasClaim(ConsultClaimsFactory.MustChangePassword, "true"))))
            .WithName("GetCurrentUser")
            .RequireAuthorization(Policies.Staff);

        auth.MapPost("/change-password", ChangePasswordAsync)
            .WithName("ChangePassword")
            .WithSummary("Changes the signed-in user's password; a bearer client signs in again afterwards.")
            .RequireAuthorization(Policies.Staff)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        auth.MapPost("/logout", async (HttpContext http, SignInManager<ConsultUser> signIn) =>
            {
                await SignOut.EverywhereAsync(http, signIn).ConfigureAwait(false);
                return TypedResults.NoContent();
            })
            .WithName("Logout")
            .WithSummary("Signs out and revokes every sign-in of the user (the security stamp changes): bearer tokens and cookies alike.")
            .RequireAuthorization(Policies.Staff);
    }

    private static async Task<Results<EmptyHttpResult, ProblemHttpResult>> LoginAsync(LoginRequest request, bool? useCookies, HttpContext http, SignInManager<ConsultUser> signIn)
    {
        var bearer = useCookies != true;
        signIn.AuthenticationScheme = bearer ? IdentityConstants.BearerScheme : IdentityConstants.ApplicationScheme;
        var user = await signIn.UserManager.FindByNameAsync(request.UserName ?? "").ConfigureAwait(false);
        if (user is null)
        {
            return SignInFailed();
        }

        if (bearer && await TwoFactorRule.MustEnrolAsync(signIn.UserManager, user).ConfigureAwait(false))
        {
            // No bearer token for a role that requires two factors before an authenticator is enrolled (in a
            // browser, at /account/two-factor). Only a right password learns that; a wrong one fails as any other.
            var check = await signIn.CheckPasswordSignInAsync(user, request.Password ?? "", lockoutOnFailure: true).ConfigureAwait(false);
            return check.Succeeded ? (ProblemHttpResult)ApiProblems.Problem(TwoFactorCodes.EnrolmentRequired) : SignInFailed();
        }

        var result = await signIn.PasswordSignInAsync(user, request.Password ?? "", isPersistent: false, lockoutOnFailure: true).ConfigureAwait(false);
        if (result.RequiresTwoFactor)
        {
            result = await SecondFactorAsync(request, signIn).ConfigureAwait(false);
            if (result is null)
            {
                await http.SignOutAsync(IdentityConstants.TwoFactorUserIdScheme).ConfigureAwait(false);
                return (ProblemHttpResult)ApiProblems.Problem(TwoFactorCodes.CodeRequired);
            }
        }

        // On success the sign-in itself wrote the answer (the token, or the cookie with an empty body). A failure
        // answers the same whatever the cause (unknown name, wrong password or code, locked out, disabled): no user-name enumeration.
        return result.Succeeded ? TypedResults.Empty : SignInFailed();
    }

    /// <summary>The second factor the request carries: the authenticator's <c>code</c>, or a <c>recoveryCode</c>; <c>null</c> without either.</summary>
    private static async Task<SignInResult?> SecondFactorAsync(LoginRequest request, SignInManager<ConsultUser> signIn)
    {
        if (!string.IsNullOrWhiteSpace(request.Code))
        {
            return await signIn.TwoFactorAuthenticatorSignInAsync(TwoFactorEnrolment.AuthenticatorCode(request.Code), isPersistent: false, rememberClient: false).ConfigureAwait(false);
        }

        return string.IsNullOrWhiteSpace(request.RecoveryCode)
            ? null
            : await signIn.TwoFactorRecoveryCodeSignInAsync(TwoFactorEnrolment.Normalize(request.RecoveryCode)).ConfigureAwait(false);
    }

    private static ProblemHttpResult SignInFailed() => (ProblemHttpResult)ApiProblems.Problem(WebErrorCodes.SignInFailed);

    private static async Task<IResult> ChangePasswordAsync(ChangePasswordRequest request, HttpContext http, UserManager<ConsultUser> users, SignInManager<ConsultUser> signIn)
    {
        var user = await users.GetUserAsync(http.User).ConfigureAwait(false);
        if (user is null)
        {
            return ApiProblems.Problem(WebErrorCodes.NotSignedIn);
        }

        var result = await PasswordChange.ApplyAsync(users, user, request.CurrentPassword ?? "", request.NewPassword ?? "").ConfigureAwait(false);
        if (!result.Succeeded)
        {
            return ApiProblems.Problem(WebErrorCodes.PasswordRejected, extensions: new Dictionary<string, object?>
            {
                ["errors"] = result.Errors.Select(e => e.Code).ToArray(),
            });
        }

        if (http.User.Identity?.AuthenticationType == IdentityConstants.ApplicationScheme)
        {
            await signIn.RefreshSignInAsync(user).ConfigureAwait(false);
        }

        return TypedResults.NoContent();
    }

    /// <summary>
    /// The sign-in: <see cref="Code"/> is the authenticator's current code of a user with two-factor sign-in
    /// (or <see cref="RecoveryCode"/>, once each); without either such a user is answered 401 CE8181.
    /// </summary>
    internal sealed record LoginRequest(string? UserName, string? Password, string? Code = null, string? RecoveryCode = null);

    internal sealed record ChangePasswordRequest(string? CurrentPassword, string? NewPassword);

    internal sealed record Me(string UserName, IReadOnlyList<string> Roles, bool MustChangePassword);
}
