using ConsultEngine.Web.Hosting;

// The product's main command: `dotnet run --project designer/ConsultEngine.Web`.
await using var app = ConsultWebHost.Build(args);
await app.RunAsync();
