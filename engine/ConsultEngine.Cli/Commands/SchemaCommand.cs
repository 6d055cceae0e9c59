using System.CommandLine;
using ConsultEngine.Definitions.Validation;

namespace ConsultEngine.Cli.Commands;

/// <summary><c>consult schema</c>: the JSON Schema of the definition language, as checked in.</summary>
internal static class SchemaCommand
{
    public static Command Create(TextWriter stdout)
    {
        var command = new Command("schema", "Print the JSON Schema of process definitions and overlays.");
        command.SetAction(_ =>
        {
            var text = SchemaCheckAccess.SchemaText;
            stdout.Write(text.EndsWith('\n') ? text : text + "\n");
            return ConsultCli.Ok;
        });
        return command;
    }
}
