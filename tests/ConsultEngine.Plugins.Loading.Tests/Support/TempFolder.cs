namespace ConsultEngine.Plugins.Loading.Tests.Support;

/// <summary>A folder of its own for one test, deleted after it.</summary>
internal sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("consult-plugins-").FullName;

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A file still open on a slow file system: the temp folder is cleaned later.
        }
    }
}
