using ConsultEngine.Persistence.Storage;

namespace ConsultEngine.Persistence.Tests.Concurrency;

/// <summary>The advisory keys of the side stores: the same on every node, different per store.</summary>
public sealed class SideStoreLockTests
{
    private static readonly string[] Stores =
    [
        SideStoreLock.Registers, SideStoreLock.Codebook, SideStoreLock.ReportVersions, SideStoreLock.Feedback,
        SideStoreLock.PersonalData, SideStoreLock.Definitions, SideStoreLock.Communes,
    ];

    [Fact]
    public void Key_IsFixedByTheName_NotByTheProcess()
    {
        // The first 8 bytes of SHA-256("consultengine.side:registers"), big-endian: string.GetHashCode would differ per process.
        Assert.Equal(2965630653330287236L, SideStoreLock.Key(SideStoreLock.Registers));
    }

    [Fact]
    public void Key_DiffersForEveryStore()
    {
        Assert.Equal(Stores.Length, Stores.Select(SideStoreLock.Key).Distinct().Count());
    }
}
