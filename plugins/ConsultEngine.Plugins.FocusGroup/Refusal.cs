using ConsultEngine.Abstractions;

namespace ConsultEngine.Plugins.FocusGroup;

/// <summary>Builds the coded refusals of the tool, with messages in the caller's language.</summary>
internal static class Refusal
{
    public static ToolProblem Problem(ToolContext context, string code, string path, string vi, string en) =>
        new(code, path, new LocalText(vi, en).In(context.Language));

    public static ToolException Of(ToolContext context, string code, string path, string vi, string en) =>
        Of(context, [Problem(context, code, path, vi, en)]);

    /// <summary>One exception for several problems: its code is the first problem's.</summary>
    public static ToolException Of(ToolContext context, IReadOnlyList<ToolProblem> problems) =>
        new(problems[0].Code, problems[0].Message, problems)
        {
            ToolId = FocusGroupTool.ToolId,
            InstanceId = context.InstanceId,
            StepId = context.StepId,
        };

    /// <summary>Throws when <paramref name="problems"/> holds an error.</summary>
    public static void ThrowIfAny(ToolContext context, IReadOnlyList<ToolProblem> problems)
    {
        if (problems.Count > 0)
        {
            throw Of(context, problems);
        }
    }
}
