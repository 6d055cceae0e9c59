namespace ConsultEngine.Web.Hosting;

/// <summary>Builds the web product's host; the program and the tests start the same host.</summary>
internal static class ConsultWebHost
{
    /// <summary>The application name static web assets and data protection are keyed by, whoever the entry assembly is.</summary>
    public static string ApplicationName => typeof(ConsultWebHost).Assembly.GetName().Name!;

    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = DemoStartup.Without(args),
            ApplicationName = ApplicationName,
        });

        // Static web assets (_framework, _content/MudBlazor) are mapped by the SDK only in Development;
        // the build output run in any environment needs the manifest read too. A no-op after `dotnet publish`.
        builder.WebHost.UseStaticWebAssets();

        configure?.Invoke(builder);
        if (DemoStartup.Requested(args))
        {
            // Registered first, so it starts first: the engine's timer service must not fire the example's
            // past due dates while the example is being written (it is finished, its timers gone, before that service starts).
            builder.Services.AddHostedService<DemoStartup>();
        }

        builder.AddConsultWebServices();

        var app = builder.Build();
        app.UseConsultWeb();
        return app;
    }
}
