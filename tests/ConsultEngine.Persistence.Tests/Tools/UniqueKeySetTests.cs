using System.Security.Cryptography;
using ConsultEngine.Persistence.Tools;

namespace ConsultEngine.Persistence.Tests.Tools;

/// <summary>The writer's compact table of one step's unique keys: a digest and a holder's sequence per key, no strings.</summary>
public sealed class UniqueKeySetTests
{
    [Fact]
    public void TryGetHolder_KeyNeverHeld_IsFalse()
    {
        var set = new UniqueKeySet();
        set.Hold("a", 1);

        Assert.False(set.TryGetHolder("b", out _));
    }

    [Fact]
    public void Hold_ThenTryGetHolder_AnswersTheSequence()
    {
        var set = new UniqueKeySet();

        set.Hold("a", 42);

        Assert.True(set.TryGetHolder("a", out var holder));
        Assert.Equal(42, holder);
        Assert.Equal(1, set.Count);
    }

    [Fact]
    public void Hold_KnownKey_MovesItToTheNewerHolderWithoutCountingItTwice()
    {
        var set = new UniqueKeySet();
        set.Hold("a", 1);

        set.Hold("a", 7);

        Assert.True(set.TryGetHolder("a", out var holder));
        Assert.Equal(7, holder);
        Assert.Equal(1, set.Count);
    }

    [Fact]
    public void Keys_DifferingOnlyInCase_AreDifferentKeys()
    {
        var set = new UniqueKeySet();
        set.Hold("abc", 1);

        Assert.False(set.TryGetHolder("ABC", out _));
    }

    [Fact]
    public void Hold_KeysSharingAHomeSlot_KeepsEachWithItsOwnHolder()
    {
        // Keys whose digests start in the same slot of the smallest table (16 slots): the probe must tell them apart.
        var same = Enumerable.Range(0, 10_000).Select(i => $"key-{i}")
            .Where(k => (UniqueKeySet.Digest.Of(k).High & 15) == 3).Take(8).ToList();
        var set = new UniqueKeySet();
        for (var i = 0; i < same.Count; i++)
        {
            set.Hold(same[i], i + 1);
        }

        Assert.Equal(8, same.Count);
        for (var i = 0; i < same.Count; i++)
        {
            Assert.True(set.TryGetHolder(same[i], out var holder));
            Assert.Equal(i + 1, holder);
        }
    }

    [Fact]
    public void Hold_ManyMoreKeysThanTheFirstTable_GrowsAndKeepsEveryKey()
    {
        var set = new UniqueKeySet();
        const int Keys = 50_000;
        for (var i = 1; i <= Keys; i++)
        {
            set.Hold(Hash(i), i);
        }

        Assert.Equal(Keys, set.Count);
        Assert.All(Enumerable.Range(1, Keys), i => Assert.True(set.TryGetHolder(Hash(i), out var holder) && holder == i));
        Assert.All(Enumerable.Range(Keys + 1, 1_000), i => Assert.False(set.TryGetHolder(Hash(i), out _)));
    }

    [Fact]
    public void Bytes_PerKey_StayUnderFortyFourAtAnyFilling()
    {
        var set = new UniqueKeySet();
        for (var i = 1; i <= 100_000; i++)
        {
            set.Hold(Hash(i), i);
            if (i % 997 == 0)
            {
                Assert.InRange(set.Bytes / (double)set.Count, 16, 43.0);
            }
        }
    }

    [Fact]
    public void Constructor_WithACapacity_HoldsThatManyWithoutGrowing()
    {
        var set = new UniqueKeySet(1_000);
        var bytes = set.Bytes;

        for (var i = 1; i <= 1_000; i++)
        {
            set.Hold(Hash(i), i);
        }

        Assert.Equal(bytes, set.Bytes);
    }

    [Theory]
    [InlineData(0L)]
    [InlineData(-1L)]
    [InlineData(UniqueKeySet.MaxSequence + 1)]
    public void Hold_SequenceOutsideTheSlotsRange_IsRefused(long sequence)
    {
        var set = new UniqueKeySet();

        Assert.Throws<ArgumentOutOfRangeException>(() => set.Hold("a", sequence));
        Assert.Equal(0, set.Count);
    }

    [Fact]
    public void Hold_TheLargestSequence_IsAnsweredWhole()
    {
        var set = new UniqueKeySet();

        set.Hold("a", UniqueKeySet.MaxSequence);

        Assert.True(set.TryGetHolder("a", out var holder));
        Assert.Equal(UniqueKeySet.MaxSequence, holder);
    }

    /// <summary>A key shaped as the products' are: 64 lower-case hex characters.</summary>
    private static string Hash(int i) => Convert.ToHexStringLower(SHA256.HashData(BitConverter.GetBytes(i)));
}
