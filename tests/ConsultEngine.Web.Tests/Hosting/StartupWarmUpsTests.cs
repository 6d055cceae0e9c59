using ConsultEngine.Web.Hosting;

namespace ConsultEngine.Web.Tests.Hosting;

/// <summary>The start-up trim waits for the background warm-ups, whichever way they end.</summary>
public sealed class StartupWarmUpsTests
{
    [Fact]
    public async Task The_wait_ends_only_after_a_running_warm_up_has_ended()
    {
        var warmUps = new StartupWarmUps();
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        warmUps.Run(() => release.Task);

        var done = warmUps.WhenDoneAsync();
        Assert.False(done.IsCompleted);

        release.SetResult();
        await done;
        Assert.True(done.IsCompletedSuccessfully);
    }

    [Fact]
    public async Task A_failed_warm_up_still_ends_the_wait_without_an_error()
    {
        var warmUps = new StartupWarmUps();
        warmUps.Run(() => Task.FromException(new InvalidOperationException("warm-up failed")));

        await warmUps.WhenDoneAsync();
    }
}
