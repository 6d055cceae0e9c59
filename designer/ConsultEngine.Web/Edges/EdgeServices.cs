namespace ConsultEngine.Web.Edges;

/// <summary>The settings of the edges: the public limits (<see cref="PublicLimitSettings"/>), unreadable requests answered 400, duplicate JSON keys refused; the forwarded headers are read where the pipeline is built.</summary>
internal static class EdgeServices
{
    public static IServiceCollection AddConsultEdges(this IServiceCollection services)
    {
        services.AddOptions<PublicLimitSettings>().BindConfiguration(PublicLimitSettings.SectionName);
        services.AddExceptionHandler<UnreadableRequestHandler>();
        // A JSON object naming a key twice is ambiguous (which value counts?) and made the public form
        // routes fail when they copied the body: refused as malformed JSON (400) on every API route.
        services.ConfigureHttpJsonOptions(options => options.SerializerOptions.AllowDuplicateProperties = false);
        return services;
    }
}
