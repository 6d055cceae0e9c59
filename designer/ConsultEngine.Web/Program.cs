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

    // Refused settings are reported below before anything starts, without the stack trace the host's start would log.
    ConsultEngine.Hosting.Startup.StartupChecks.CheckConsultEngineSettings(app.Services);
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
    // Settings checked on start: each problem on a line of its own, led by its code.
    foreach (var line in ConsultEngine.Hosting.Startup.SettingsProblems.Lines(e))
    {
        await Console.Error.WriteLineAsync(line);
    }

    return 1;
}
