using ConsultEngine.Benchmarks.Rules;

namespace ConsultEngine.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project tests/ConsultEngine.Benchmarks -- SUITE [--quick] [BenchmarkDotNet options]</c>.
/// Each suite has a full BenchmarkDotNet run and a quick mode that prints its figures in seconds.
/// </summary>
internal static class Program
{
    private static readonly Dictionary<string, (string Description, Func<string[], int> Full, Func<int> Quick)> Suites = new(StringComparer.OrdinalIgnoreCase)
    {
        ["rules"] = ("a small boolean rule: prepared + cached + per-thread engine vs a fresh engine and source per evaluation", RuleBenchmarks.RunFull, RuleBenchmarks.RunQuick),
    };

    public static int Main(string[] args)
    {
        if (args.Length == 0 || !Suites.TryGetValue(args[0], out var suite))
        {
            Console.Error.WriteLine("usage: ConsultEngine.Benchmarks SUITE [--quick] [BenchmarkDotNet options]");
            foreach (var (name, entry) in Suites)
            {
                Console.Error.WriteLine($"  {name,-8} {entry.Description}");
            }

            return 2;
        }

        var rest = args[1..];
        return rest.Contains("--quick", StringComparer.Ordinal) ? suite.Quick() : suite.Full(rest);
    }
}
