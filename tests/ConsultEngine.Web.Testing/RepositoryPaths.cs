namespace ConsultEngine.Web.Testing;

/// <summary>Folders of the repository the tests run from.</summary>
public static class RepositoryPaths
{
    /// <summary>The repository's root: the nearest folder above the test assembly holding <c>ConsultEngine.sln</c>.</summary>
    public static string Root { get; } = FindRoot();

    public static string Definitions => Path.Combine(Root, "definitions");

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "ConsultEngine.sln")))
            {
                return folder.FullName;
            }
        }

        throw new DirectoryNotFoundException($"No ConsultEngine.sln above {AppContext.BaseDirectory}.");
    }
}
