using System.CommandLine;

namespace ConsultEngine.Cli.Commands.Tools;

/// <summary><c>consult tools</c>: submissions, actions, close and analysis of running consultations' tool steps.</summary>
internal static class ToolCommands
{
    public static Command Create(TextWriter stdout, TextWriter stderr) => new("tools", "Work with the tool steps of running consultations: submit, run an action, close, analyse.")
    {
        ToolSubmitCommand.Create(stdout, stderr),
        ToolActionCommand.Create(stdout, stderr),
        ToolCloseCommand.Create(stdout, stderr),
        ToolAnalyseCommand.Create(stdout, stderr),
    };
}
