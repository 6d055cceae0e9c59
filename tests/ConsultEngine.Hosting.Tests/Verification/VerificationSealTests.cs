using System.Security.Cryptography;
using ConsultEngine.Hosting.Notifications.Sms;
using ConsultEngine.Hosting.Verification;
using ConsultEngine.Runtime.Tools;

namespace ConsultEngine.Hosting.Tests.Verification;

/// <summary>The outbox payload of a one-time code: unreadable without the installation's key, opened with it, empty once erased.</summary>
public sealed class VerificationSealTests
{
    private static readonly SmsLetter Letter = new("0912345678", "Ma xac thuc cua ban la 246810.");

    [Fact]
    public void ASealedLetter_HoldsNeitherTheNumberNorTheCode_AndOpensWithTheSameKey()
    {
        var seal = new VerificationSeal(new KeyedIdentifierHasher(RandomNumberGenerator.GetBytes(32)));
        var payload = seal.Seal(Letter);
        Assert.DoesNotContain("912345678", payload, StringComparison.Ordinal);
        Assert.DoesNotContain("246810", payload, StringComparison.Ordinal);
        Assert.Equal(Letter, seal.Open(payload));
    }

    [Fact]
    public void ASealedLetter_DoesNotOpenUnderAnotherInstallationsKey()
    {
        var payload = new VerificationSeal(new KeyedIdentifierHasher(RandomNumberGenerator.GetBytes(32))).Seal(Letter);
        var other = new VerificationSeal(new KeyedIdentifierHasher(RandomNumberGenerator.GetBytes(32)));
        Assert.ThrowsAny<CryptographicException>(() => other.Open(payload));
    }

    [Fact]
    public void AnErasedPayload_OpensToNoLetter()
    {
        var seal = new VerificationSeal(new KeyedIdentifierHasher(RandomNumberGenerator.GetBytes(32)));
        Assert.Null(seal.Open(SmsCodeOutboxSender.Erased));
    }
}
