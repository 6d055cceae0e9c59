using ConsultEngine.Web.Hosting;

// The product's main command: `dotnet run --project designer/ConsultEngine.Web` serves the web product;
// `... -- users add NAME --role ROLE` adds a user to its database instead.
if (UsersCommand.Matches(args))
{
    return await UsersCommand.RunAsync(args, Console.Out, Console.Error);
}

await using var app = ConsultWebHost.Build(args);
await app.RunAsync();
return 0;
