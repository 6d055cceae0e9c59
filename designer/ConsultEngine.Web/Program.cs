using ConsultEngine.Web.Hosting;
using Microsoft.Extensions.Options;

// The product's main command: `dotnet run --project designer/ConsultEngine.Web` serves the web product;
// `... -- users add NAME --role ROLE` adds a user to its database instead.
if (UsersCommand.Matches(args))
{
    return await UsersCommand.RunAsync(args, Console.Out, Console.Error);
}

try
{
    await using var app = ConsultWebHost.Build(args);
    await app.RunAsync();
    return 0;
}
catch (ConsultEngine.ConsultEngineException e)
{
    // A refusal to start (a missing shared key, a database that cannot be chosen) is the operator's to
    // fix: its code and what to do, not a stack trace.
    await Console.Error.WriteLineAsync($"{e.Code}: {e.Message}");
    return 1;
}
catch (OptionsValidationException e)
{
    // Settings checked on start: each failure already begins with its code.
    foreach (var failure in e.Failures)
    {
        await Console.Error.WriteLineAsync(failure);
    }

    return 1;
}
