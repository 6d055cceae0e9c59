using System.CommandLine;
using ConsultEngine.Persistence.Administrative;

namespace ConsultEngine.Cli.Commands.Administrative;

/// <summary>
/// <c>consult provinces</c> and <c>consult communes import|list</c>: the 34 provinces the product
/// ships, and a province's communes imported from CSV (<c>code,name,kind</c>) into the store's file.
/// A refused file prints every problem with its line (<c>error CE8205: line 4: …</c>), stores
/// nothing and exits 1; an unknown province is CE8206 (exit 1).
/// </summary>
internal static class CommuneCommands
{
    public static IEnumerable<Command> Create(TextWriter stdout, TextWriter stderr) =>
        [Provinces(stdout), new Command("communes", "A province's communes, wards and special zones, for pick-lists, choice lists and analysis by commune.") { Import(stdout, stderr), List(stdout, stderr) }];

    private static Command Provinces(TextWriter stdout)
    {
        var command = new Command("provinces", "List the 34 provinces and centrally-run cities (since 1 July 2025) with their official codes.");
        command.SetAction(_ =>
        {
            foreach (var province in ConsultEngine.Definitions.Administrative.Provinces.All)
            {
                stdout.WriteLine($"{province.Code}  {province.FullName} ({province.EnglishName})");
            }

            return ConsultCli.Ok;
        });
        return command;
    }

    private static Command Import(TextWriter stdout, TextWriter stderr)
    {
        var province = ProvinceArgument();
        var file = new Argument<FileInfo>("file") { Description = "The CSV file: UTF-8, header code,name,kind; kind is commune, ward or special-zone." };
        var database = Database();
        var command = new Command("import", "Replace a province's list of communes by the units of a CSV file (nothing is stored when the file has a problem).") { province, file, database };
        command.SetAction(async (result, cancellationToken) =>
        {
            var path = result.GetValue(file)!;
            if (!path.Exists)
            {
                stderr.WriteLine($"consult: no file '{path.FullName}'.");
                return ConsultCli.BadUsage;
            }

            await using var store = new SqliteCommuneStore(result.GetValue(database)!);
            return await RefusedOrAsync(stderr, async () =>
            {
                // Refused by its size before it is read: a wrong file (a whole export, a video) costs no memory.
                CommuneCsv.RefuseSize(path.Length);
                var bytes = await File.ReadAllBytesAsync(path.FullName, cancellationToken).ConfigureAwait(false);
                var code = result.GetValue(province)!;
                var count = await store.ImportCsvAsync(code, bytes, cancellationToken).ConfigureAwait(false);
                stdout.WriteLine($"{count} commune(s) imported for {ConsultEngine.Definitions.Administrative.Provinces.Find(code)!.FullName}.");
                return ConsultCli.Ok;
            }).ConfigureAwait(false);
        });
        return command;
    }

    private static Command List(TextWriter stdout, TextWriter stderr)
    {
        var province = ProvinceArgument();
        var database = Database();
        var command = new Command("list", "List a province's imported communes: code, kind and name, in the file's order.") { province, database };
        command.SetAction(async (result, cancellationToken) =>
        {
            var code = result.GetValue(province)!;
            if (ConsultEngine.Definitions.Administrative.Provinces.Find(code) is not null && !File.Exists(result.GetValue(database)))
            {
                stdout.WriteLine("0 commune(s).");
                return ConsultCli.Ok;
            }

            await using var store = new SqliteCommuneStore(result.GetValue(database)!);
            return await RefusedOrAsync(stderr, async () =>
            {
                var communes = await store.ListAsync(code, cancellationToken).ConfigureAwait(false);
                var table = new TextTable();
                table.Add("code", "kind", "name");
                foreach (var commune in communes)
                {
                    table.Add(commune.Code, Commune.KindText(commune.Kind), commune.Name);
                }

                if (communes.Count > 0)
                {
                    table.Write(stdout);
                }

                stdout.WriteLine($"{communes.Count} commune(s).");
                return ConsultCli.Ok;
            }).ConfigureAwait(false);
        });
        return command;
    }

    private static async Task<int> RefusedOrAsync(TextWriter stderr, Func<Task<int>> run)
    {
        try
        {
            return await run().ConfigureAwait(false);
        }
        catch (CommuneImportException error)
        {
            foreach (var problem in error.Problems)
            {
                stderr.WriteLine(problem.Line > 0 ? $"error {problem.Code}: line {problem.Line}: {problem.Message}" : $"error {problem.Code}: {problem.Message}");
            }

            return ConsultCli.ProblemsFound;
        }
    }

    private static Argument<string> ProvinceArgument() => new("province") { Description = "The province's official code (48 for Đà Nẵng); 'consult provinces' lists them." };

    private static Option<string> Database() => new("--db")
    {
        Description = "The SQLite file of the store.",
        HelpName = "file",
        DefaultValueFactory = _ => "consult.db",
    };
}
