namespace ConsultEngine.Web.Edges;

/// <summary>The settings of the edges: the public limits (<see cref="PublicLimitSettings"/>); the forwarded headers are read where the pipeline is built.</summary>
internal static class EdgeServices
{
    public static IServiceCollection AddConsultEdges(this IServiceCollection services)
    {
        services.AddOptions<PublicLimitSettings>().BindConfiguration(PublicLimitSettings.SectionName);
        return services;
    }
}
