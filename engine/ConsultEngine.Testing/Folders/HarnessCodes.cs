namespace ConsultEngine.Testing.Folders;

/// <summary>Why a scenario of a folder did not pass (CE861x, the harness's block).</summary>
public static class HarnessCodes
{
    /// <summary>The folder to test does not exist.</summary>
    public const string FolderNotFound = "CE8610";

    /// <summary>A scenario file cannot be read (not JSON, an unknown member, a malformed action).</summary>
    public const string ScenarioUnreadable = "CE8611";

    /// <summary>The scenario runs a definition that is neither in the folder nor among the definitions it extends.</summary>
    public const string DefinitionMissing = "CE8612";

    /// <summary>The run differs from the golden journal beside the scenario.</summary>
    public const string GoldenDiffers = "CE8613";

    /// <summary>The scenario has no golden journal yet (accept the run with <c>--update</c>).</summary>
    public const string GoldenMissing = "CE8614";

    /// <summary>An expectation of the scenario did not hold, or an action was refused.</summary>
    public const string ExpectationFailed = "CE8615";

    /// <summary>A definition or overlay of the folder is not valid.</summary>
    public const string DefinitionInvalid = "CE8616";
}
