using ConsultEngine.Hosting.Feedback;
using ConsultEngine.Persistence.Feedback;

namespace ConsultEngine.Hosting.Tests.Feedback;

public sealed class FeedbackContactTests
{
    [Theory]
    [InlineData("0912345678", "0912345678")]
    [InlineData("+84 912 345 678", "0912345678")]
    [InlineData("84912345678", "0912345678")]
    [InlineData("091.234.5678", "0912345678")]
    public void AVietnameseMobileNumber_IsNormalisedToTenDigits(string given, string stored)
    {
        var contact = FeedbackContact.Check(new NotifyRequest("phone", given));

        Assert.Equal((FeedbackChannel.Phone, stored, "vi"), (contact.Channel, contact.Contact, contact.Language));
    }

    [Theory]
    [InlineData("0123")]
    [InlineData("0212345678")]
    [InlineData("09123456789")]
    [InlineData("")]
    public void ANumberThatIsNotAVietnameseMobile_IsRefusedWithCE8732(string given)
    {
        var error = Assert.Throws<FeedbackException>(() => FeedbackContact.Check(new NotifyRequest("phone", given)));

        Assert.Equal((FeedbackCodes.PhoneInvalid, "contact"), (error.Code, error.Field));
    }

    [Fact]
    public void AnEmailAddress_IsKeptInLowerCase_WithTheLanguageAsked()
    {
        var contact = FeedbackContact.Check(new NotifyRequest("Email", " Cu.Tri@Example.VN ", "EN"));

        Assert.Equal((FeedbackChannel.Email, "cu.tri@example.vn", "en"), (contact.Channel, contact.Contact, contact.Language));
    }

    [Theory]
    [InlineData("not-an-address")]
    [InlineData("a@b")]
    [InlineData("Cử tri <a@b.vn>")]
    [InlineData("a b@c.vn")]
    [InlineData("")]
    public void WhatIsNotOnePlainEmailAddress_IsRefusedWithCE8731(string given)
    {
        var error = Assert.Throws<FeedbackException>(() => FeedbackContact.Check(new NotifyRequest("email", given)));

        Assert.Equal(FeedbackCodes.EmailInvalid, error.Code);
    }

    [Theory]
    [InlineData("fax", "0912345678", null, "CE8730")]
    [InlineData(null, "0912345678", null, "CE8730")]
    [InlineData("phone", "0912345678", "fr", "CE8733")]
    public void AnUnknownChannelOrLanguage_IsRefusedWithItsCode(string? channel, string contact, string? language, string code)
    {
        var error = Assert.Throws<FeedbackException>(() => FeedbackContact.Check(new NotifyRequest(channel, contact, language)));

        Assert.Equal(code, error.Code);
    }
}
