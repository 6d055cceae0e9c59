using System.CommandLine;
using ConsultEngine.Cli.Commands;

namespace ConsultEngine.Cli;

/// <summary>The <c>consult</c> command: parses, calls the engine, prints. Exit codes: 0 ok, 1 problems found, 2 bad usage.</summary>
public static class ConsultCli
{
    public const int Ok = 0;
    public const int ProblemsFound = 1;
    public const int BadUsage = 2;

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var root = new RootCommand("ConsultEngine: public consultations of provincial People's Councils, run from versioned process definitions.");
        root.Subcommands.Add(ValidateCommand.Create(stdout, stderr));
        root.Subcommands.Add(ResolveCommand.Create(stdout, stderr));
        root.Subcommands.Add(GraphCommand.Create(stdout, stderr));
        root.Subcommands.Add(SchemaCommand.Create(stdout));
        root.Subcommands.Add(SimulateCommand.Create(stdout, stderr));
        root.Subcommands.Add(TestCommand.Create(stdout, stderr));
        root.Subcommands.Add(new Command("instances", "Run consultations on the SQLite store: start, list, show, complete steps, migrate, fire due timers. "
            + "Engine settings are read from ConsultEngine__* environment variables as the web host reads them (e.g. ConsultEngine__BatchSize); --db, --definitions and --plugins win over them.")
        {
            StartInstanceCommand.Create(stdout, stderr),
            ListInstancesCommand.Create(stdout, stderr),
            ShowInstanceCommand.Create(stdout, stderr),
            CompleteStepCommand.Create(stdout, stderr),
            MigrateInstanceCommand.Create(stdout, stderr),
            TickCommand.Create(stdout, stderr),
        });
        root.Subcommands.Add(Commands.Tools.ToolCommands.Create(stdout, stderr));
        foreach (var command in Commands.Reports.ReportCommands.Create(stdout, stderr)) { root.Subcommands.Add(command); }
        root.Subcommands.Add(new Command("plugins", "The tool plugins the commands load.")
        {
            PluginsListCommand.Create(stdout, stderr),
        });
        root.Subcommands.Add(DemoCommand.Create(stdout, stderr));
        root.Subcommands.Add(new Command("audit", "Check the records of the store.")
        {
            AuditVerifyCommand.Create(stdout, stderr),
            AuditHeadCommand.Create(stdout, stderr),
        });
        foreach (var command in Commands.Administrative.CommuneCommands.Create(stdout, stderr)) { root.Subcommands.Add(command); }
        root.Subcommands.Add(Commands.Privacy.PrivacyCommands.Create(stdout, stderr));
        root.Subcommands.Add(Commands.Database.DbCommands.Create(stdout, stderr));

        var result = root.Parse(args);
        if (result.Errors.Count > 0)
        {
            foreach (var error in result.Errors)
            {
                stderr.WriteLine($"consult: {error.Message}");
            }

            stderr.WriteLine("Run 'consult --help' for usage.");
            return BadUsage;
        }

        return result.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr });
    }
}
