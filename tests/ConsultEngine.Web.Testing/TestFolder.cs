namespace ConsultEngine.Web.Testing;

/// <summary>A temporary folder deleted with the test (SQLite files and keys of one host).</summary>
public sealed class TestFolder : IDisposable
{
    private TestFolder(string path) => Path = path;

    public string Path { get; }

    public static TestFolder Create()
    {
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "consult-web-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        return new TestFolder(path);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by a closing connection: the temp folder is cleaned by the system later.
        }
    }
}
