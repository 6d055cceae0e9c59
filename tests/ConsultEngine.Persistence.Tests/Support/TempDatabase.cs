namespace ConsultEngine.Persistence.Tests.Support;

/// <summary>A SQLite file in its own temporary folder, deleted with its WAL files when the test ends.</summary>
internal sealed class TempDatabase : IDisposable
{
    private readonly string _folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "consult-tests", Guid.NewGuid().ToString("N"));

    public TempDatabase()
    {
        Directory.CreateDirectory(_folder);
        Path = System.IO.Path.Combine(_folder, "consult.db");
    }

    public string Path { get; }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A child process may still be closing the file; the temp folder is cleaned up later.
        }
    }
}
