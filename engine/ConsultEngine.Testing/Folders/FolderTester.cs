using ConsultEngine.Definitions;
using ConsultEngine.Definitions.Overlays;
using ConsultEngine.Definitions.StepTypes;
using ConsultEngine.Definitions.Validation;

namespace ConsultEngine.Testing.Folders;

/// <summary>What became of one scenario of a folder.</summary>
public enum ScenarioVerdict
{
    /// <summary>Every expectation held and the run equals its golden journal.</summary>
    Passed,

    Failed,

    /// <summary>With <c>update</c>: the scenario had no golden journal; the run was written as one.</summary>
    Accepted,

    /// <summary>With <c>update</c>: the run differed from its golden journal, which now holds the new run.</summary>
    Updated,
}

/// <summary>One scenario's verdict, with its code when it failed and the lines that say what (expectations, the diff).</summary>
public sealed record FolderScenarioResult(FolderScenario Scenario, ScenarioVerdict Verdict, string? Code, IReadOnlyList<string> Details);

/// <summary>The whole folder: its definitions' problems (each <c>file: diagnostic</c>) and every scenario's verdict.</summary>
public sealed record FolderTestResult(IReadOnlyList<string> DefinitionProblems, IReadOnlyList<FolderScenarioResult> Scenarios)
{
    public bool Passed => DefinitionProblems.Count == 0 && Scenarios.All(s => s.Verdict != ScenarioVerdict.Failed);
}

/// <summary>
/// Snapshot-tests a folder as a province's definition authors keep it: their definitions and overlays,
/// scenarios beside them, and each scenario's golden journal (<see cref="FolderScenario.GoldenPath"/>).
/// Every definition is validated, every scenario is played in memory with the sandboxed rules and its
/// normalised run (<see cref="GoldenJournal"/>) compared with the golden file; with <c>update</c>, new
/// and changed runs are written as the golden files instead of failing.
/// </summary>
public sealed class FolderTester(IStepTypeRegistry stepTypes)
{
    /// <param name="folder">The folder of definitions, overlays and scenarios.</param>
    /// <param name="extended">Another folder of the definitions the folder's overlays extend (the standard), or <see langword="null"/>.</param>
    /// <param name="update">Write new and changed runs as golden journals.</param>
    /// <param name="progress">Called after each scenario.</param>
    public async Task<FolderTestResult> RunAsync(string folder, string? extended, bool update, Action<FolderScenarioResult>? progress = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        var own = FolderScenario.Definitions(folder);
        var catalog = new DefinitionCatalog();
        foreach (var file in (extended is null ? [] : FolderScenario.Definitions(extended)).Concat(own))
        {
            var document = DefinitionDocument.TryRead(file);
            if (document?.Overlay is { } overlay)
            {
                catalog.Add(overlay);
            }
            else if (document?.Definition is { } definition)
            {
                catalog.Add(definition);
            }
        }

        var problems = new List<string>();
        var validator = new DefinitionValidator(stepTypes, catalog);
        foreach (var file in own)
        {
            problems.AddRange(validator.ValidateFile(file).Diagnostics.Where(d => d.IsError).Select(d => $"{HarnessCodes.DefinitionInvalid} {Path.GetRelativePath(folder, file)}: {d}"));
        }

        var results = new List<FolderScenarioResult>();
        foreach (var scenario in FolderScenario.Find(folder))
        {
            var result = await RunOneAsync(catalog, scenario, update).ConfigureAwait(false);
            results.Add(result);
            progress?.Invoke(result);
        }

        return new FolderTestResult(problems, results);
    }

    private async Task<FolderScenarioResult> RunOneAsync(DefinitionCatalog catalog, FolderScenario file, bool update)
    {
        Scenario scenario;
        try
        {
            scenario = Scenario.Load(file.Path);
        }
        catch (System.Text.Json.JsonException error)
        {
            return Failed(file, HarnessCodes.ScenarioUnreadable, error.Message);
        }

        ScenarioResult run;
        try
        {
            run = await new ScenarioRunner(catalog, stepTypes).RunAsync(scenario).ConfigureAwait(false);
        }
        catch (ArgumentException error)
        {
            return Failed(file, HarnessCodes.DefinitionMissing, $"'{scenario.Definition}' is not among the folder's definitions: {error.Message}");
        }

        if (!run.Passed)
        {
            return new FolderScenarioResult(file, ScenarioVerdict.Failed, HarnessCodes.ExpectationFailed, run.Failures);
        }

        var text = GoldenJournal.Render(Path.GetFileNameWithoutExtension(file.Path), scenario, run.Run);
        if (!File.Exists(file.GoldenPath))
        {
            if (!update)
            {
                return Failed(file, HarnessCodes.GoldenMissing, $"no golden journal ({Path.GetFileName(file.GoldenPath)}); run with --update to accept this run as the golden one.");
            }

            await File.WriteAllTextAsync(file.GoldenPath, text).ConfigureAwait(false);
            return new FolderScenarioResult(file, ScenarioVerdict.Accepted, null, []);
        }

        var golden = await File.ReadAllTextAsync(file.GoldenPath).ConfigureAwait(false);
        var diff = GoldenDiff.Lines(golden, text);
        if (diff.Count == 0)
        {
            return new FolderScenarioResult(file, ScenarioVerdict.Passed, null, []);
        }

        if (update)
        {
            await File.WriteAllTextAsync(file.GoldenPath, text).ConfigureAwait(false);
            return new FolderScenarioResult(file, ScenarioVerdict.Updated, null, diff);
        }

        return new FolderScenarioResult(file, ScenarioVerdict.Failed, HarnessCodes.GoldenDiffers, diff);
    }

    private static FolderScenarioResult Failed(FolderScenario file, string code, string detail) => new(file, ScenarioVerdict.Failed, code, [detail]);
}
