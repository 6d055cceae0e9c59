using ConsultEngine.Runtime;

namespace ConsultEngine.Cli.Commands;

/// <summary>Prints a refusal of the engine compiler-style: <c>error CE8008: message</c>, then each problem on its own indented line.</summary>
internal static class EngineErrorText
{
    public static void Write(ConsultEngineException error, TextWriter stderr)
    {
        stderr.WriteLine($"error {error.Code}: {error.Message}");
        if (error is InstanceCommandException { Problems: { Count: > 0 } problems })
        {
            foreach (var problem in problems)
            {
                stderr.WriteLine(problem.Path.Length > 0 ? $"  {problem.Path}: {problem.Message}" : $"  {problem.Message}");
            }
        }
    }

    /// <summary>The store has no such instance: the engine's own code, for the commands that only read.</summary>
    public static int NotFound(Guid instanceId, TextWriter stderr)
    {
        stderr.WriteLine($"error {RuntimeCodes.InstanceNotFound}: There is no instance {instanceId}.");
        return ConsultCli.ProblemsFound;
    }
}
