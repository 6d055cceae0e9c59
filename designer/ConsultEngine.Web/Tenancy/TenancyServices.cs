using ConsultEngine.Definitions.Administrative;

namespace ConsultEngine.Web.Tenancy;

/// <summary>Provinces as tenants: the settings (<c>ConsultWeb:Tenancy</c>, checked on start) and the access rules.</summary>
internal static class TenancyServices
{
    public static IServiceCollection AddConsultTenancy(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<TenancySettings>()
            .Bind(configuration.GetSection(TenancySettings.SectionName))
            .Validate(s => Provinces.Find(s.DefaultProvince) is not null, $"{TenancyCodes.UnknownProvince}: {TenancySettings.SectionName}:DefaultProvince is not a province code (01…96).")
            .Validate(s => s.DefinitionOwners.Values.All(code => Provinces.Find(code) is not null), $"{TenancyCodes.UnknownProvince}: a {TenancySettings.SectionName}:DefinitionOwners value is not a province code.")
            .ValidateOnStart();
        services.AddSingleton<ProvinceAccess>();
        services.AddSingleton<Designer.IDefinitionOwnership, ProvinceOwnership>();
        services.AddScoped<StaffProvinces>();
        services.AddSingleton<OrganisationProvinces>();
        services.AddScoped<ProvincePages>();
        return services;
    }
}
