namespace ConsultEngine.Web.Security;

/// <summary>Registers every policy of <see cref="Policies"/> with its roles.</summary>
internal static class AuthorizationSetup
{
    public static IServiceCollection AddConsultAuthorization(this IServiceCollection services)
    {
        var authorization = services.AddAuthorizationBuilder();
        foreach (var (policy, roles) in Policies.RolesOf)
        {
            authorization.AddPolicy(policy, p => p.RequireAuthenticatedUser().RequireRole(roles));
        }

        services.AddCascadingAuthenticationState();
        return services;
    }
}
