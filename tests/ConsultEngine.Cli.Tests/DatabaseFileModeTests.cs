namespace ConsultEngine.Cli.Tests;

/// <summary>A database the command line creates is the service account's alone (0600), as the web host's is: the engine's storage creates it so.</summary>
public sealed class DatabaseFileModeTests
{
    private const UnixFileMode GroupOrOthers = UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.GroupExecute
        | UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute;

    [Fact]
    public void ANewDatabase_CreatedByAnyCommand_IsReadableByItsOwnerOnly()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // Unix file modes only; Windows relies on the folder's ACLs.
        }

        using var folder = InstanceStoreFolder.OnFixtures();
        Assert.False(File.Exists(folder.Database));

        folder.Start("test.review@1", "--var", "year=2026");

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(folder.Database));
        foreach (var file in new[] { folder.Database + "-wal", folder.Database + "-shm" }.Where(File.Exists))
        {
            Assert.Equal((UnixFileMode)0, File.GetUnixFileMode(file) & GroupOrOthers);
        }
    }
}
