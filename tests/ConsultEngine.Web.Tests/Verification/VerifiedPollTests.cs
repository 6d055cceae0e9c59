using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using ConsultEngine.Hosting.Verification;

namespace ConsultEngine.Web.Tests.Verification;

/// <summary>
/// Verified participation through the public API: a poll configured with <c>"confirmBy": "sms-code"</c> counts a
/// vote only with the code sent by SMS to the voter's number; wrong, reused and locked codes are refused and
/// nothing is stored; codes are limited per number and per client; the number is never written to the database.
/// </summary>
public sealed class VerifiedPollTests(VerifiedPollSite site) : IClassFixture<VerifiedPollSite>
{
    private static readonly string[] DatabaseFiles = ["consult.db", "consult.db-wal"];

    // The nine digits after the leading 0 cover every written form (0978…, +84978…, 84978…).
    private static readonly string[] NumberForms = ["978123456", "978 123 456"];

    [Fact]
    public async Task AVote_WithoutACode_IsRefusedAtTheCode_AndNotCounted()
    {
        using var client = site.Client();
        var before = await site.PeopleAsync();
        using var refused = await client.PostAsJsonAsync(site.StepPath(VerifiedPollSite.Verified) + "/submissions", VerifiedPollSite.Vote("0912000001", code: null));
        await AssertRefusedAsync(refused, HttpStatusCode.UnprocessableEntity, VerificationCodes.CodeMissing, "/verificationCode");
        Assert.Equal(before, await site.PeopleAsync());
    }

    [Fact]
    public async Task AVote_WithACodeNobodyAskedFor_IsRefused_AndNotCounted()
    {
        using var client = site.Client();
        var before = await site.PeopleAsync();
        using var refused = await client.PostAsJsonAsync(site.StepPath(VerifiedPollSite.Verified) + "/submissions", VerifiedPollSite.Vote("0912000002", "123456"));
        await AssertRefusedAsync(refused, HttpStatusCode.Conflict, VerificationCodes.NoCodeRequested, "/verificationCode");
        Assert.Equal(before, await site.PeopleAsync());
    }

    [Fact]
    public async Task WrongCodes_AreRefusedAndCounted_AndTheCodeLocksAfterTheMax_EvenForTheRightOne()
    {
        using var client = site.Client();
        const string number = "0912000003";
        var code = await site.CodeForAsync(client, number);
        var wrong = code == "000000" ? "111111" : "000000";
        var before = await site.PeopleAsync();
        for (var attempt = 1; attempt < 5; attempt++)
        {
            using var refused = await client.PostAsJsonAsync(site.StepPath(VerifiedPollSite.Verified) + "/submissions", VerifiedPollSite.Vote(number, wrong));
            await AssertRefusedAsync(refused, HttpStatusCode.UnprocessableEntity, VerificationCodes.CodeWrong, "/verificationCode");
        }

        using var locked = await client.PostAsJsonAsync(site.StepPath(VerifiedPollSite.Verified) + "/submissions", VerifiedPollSite.Vote(number, wrong));
        await AssertRefusedAsync(locked, HttpStatusCode.Conflict, VerificationCodes.CodeLocked, "/verificationCode");
        using var right = await client.PostAsJsonAsync(site.StepPath(VerifiedPollSite.Verified) + "/submissions", VerifiedPollSite.Vote(number, code));
        await AssertRefusedAsync(right, HttpStatusCode.Conflict, VerificationCodes.CodeLocked, "/verificationCode");
        Assert.Equal(before, await site.PeopleAsync());
    }

    [Fact]
    public async Task TheRightCode_CountsTheVoteOnce_AndTheSameCodeIsRefusedTheSecondTime()
    {
        using var client = site.Client();
        const string number = "0912000004";
        var before = await site.PeopleAsync();
        var code = await site.CodeForAsync(client, number, written: "+84 912 000 004");
        Assert.Equal(6, code.Length);

        using var voted = await client.PostAsJsonAsync(site.StepPath(VerifiedPollSite.Verified) + "/submissions", VerifiedPollSite.Vote(number, code));
        Assert.True(voted.StatusCode == HttpStatusCode.Created, await voted.Content.ReadAsStringAsync());
        Assert.Equal(before + 1, await site.PeopleAsync());

        using var again = await client.PostAsJsonAsync(site.StepPath(VerifiedPollSite.Verified) + "/submissions", VerifiedPollSite.Vote(number, code, "no"));
        await AssertRefusedAsync(again, HttpStatusCode.Conflict, VerificationCodes.CodeUsed, "/verificationCode");
        Assert.Equal(before + 1, await site.PeopleAsync());
    }

    [Fact]
    public async Task CodesForOneNumber_AreLimitedPerHour()
    {
        using var client = site.Client();
        for (var i = 0; i < VerifiedPollSite.CodesPerNumber; i++)
        {
            using var asked = await client.PostAsJsonAsync(site.StepPath(VerifiedPollSite.Verified) + "/verification", new { identifier = "0912000005" });
            Assert.Equal(HttpStatusCode.Accepted, asked.StatusCode);
        }

        using var refused = await client.PostAsJsonAsync(site.StepPath(VerifiedPollSite.Verified) + "/verification", new { identifier = "091 2000 005" });
        await AssertRefusedAsync(refused, HttpStatusCode.TooManyRequests, VerificationCodes.TooManyForNumber, "/identifier");
    }

    [Fact]
    public async Task CodesAskedFromOneClient_AreLimitedPerHour_WhateverTheNumber()
    {
        using var client = site.Client();
        for (var i = 0; i < VerifiedPollSite.CodesPerClient; i++)
        {
            using var asked = await client.PostAsJsonAsync(site.StepPath(VerifiedPollSite.Verified) + "/verification", new { identifier = $"091300000{i}" });
            Assert.Equal(HttpStatusCode.Accepted, asked.StatusCode);
        }

        using var refused = await client.PostAsJsonAsync(site.StepPath(VerifiedPollSite.Verified) + "/verification", new { identifier = "0913000009" });
        await ProblemJson.AssertAsync(refused, HttpStatusCode.TooManyRequests, VerificationCodes.TooManyForClient);
    }

    [Fact]
    public async Task ACodeRequest_ForANumberThatIsNotAMobile_IsRefusedAtTheNumber_AndSendsNothing()
    {
        using var client = site.Client();
        var letters = site.Sms.Letters.Count;
        using var refused = await client.PostAsJsonAsync(site.StepPath(VerifiedPollSite.Verified) + "/verification", new { identifier = "12345" });
        await AssertRefusedAsync(refused, HttpStatusCode.UnprocessableEntity, VerificationCodes.IdentifierInvalid, "/identifier");
        await site.DispatchAsync();
        Assert.Equal(letters, site.Sms.Letters.Count);
    }

    [Fact]
    public async Task APollThatProvesNobody_SendsNoCode_AndItsPublicResultsSayTheyAreIndicative()
    {
        using var client = site.Client();
        using var refused = await client.PostAsJsonAsync(site.StepPath(VerifiedPollSite.Unverified) + "/verification", new { identifier = "0914000001" });
        await ProblemJson.AssertAsync(refused, HttpStatusCode.NotFound, VerificationCodes.NotAsked);

        using var voted = await client.PostAsJsonAsync(site.StepPath(VerifiedPollSite.Unverified) + "/submissions", VerifiedPollSite.Vote("0914000001", code: null));
        Assert.Equal(HttpStatusCode.Created, voted.StatusCode);
        using var step = JsonDocument.Parse(await client.GetStringAsync(site.StepPath(VerifiedPollSite.Unverified)));
        Assert.Contains("Kết quả tham khảo: người bỏ phiếu chưa được xác minh", Strings(step.RootElement));
        using var verified = JsonDocument.Parse(await client.GetStringAsync(site.StepPath(VerifiedPollSite.Verified)));
        Assert.DoesNotContain("Kết quả tham khảo: người bỏ phiếu chưa được xác minh", Strings(verified.RootElement));
    }

    [Fact]
    public async Task ThePhoneNumber_NeverAppearsInTheDatabaseFile_NorItsLog_AfterACodeIsSentAndAVoteCast()
    {
        using var client = site.Client();
        const string number = "0978123456";
        var code = await site.CodeForAsync(client, number);
        using var voted = await client.PostAsJsonAsync(site.StepPath(VerifiedPollSite.Verified) + "/submissions", VerifiedPollSite.Vote(number, code));
        Assert.Equal(HttpStatusCode.Created, voted.StatusCode);

        var files = DatabaseFiles.Select(f => Path.Combine(site.Host.Folder.Path, f)).Where(File.Exists).ToList();
        Assert.Contains(files, f => f.EndsWith("consult.db", StringComparison.Ordinal));
        foreach (var file in files)
        {
            var bytes = Read(file);
            foreach (var form in NumberForms)
            {
                Assert.True(bytes.AsSpan().IndexOf(Encoding.ASCII.GetBytes(form)) < 0, $"{Path.GetFileName(file)} holds the number (ASCII)");
                Assert.True(bytes.AsSpan().IndexOf(Encoding.Unicode.GetBytes(form)) < 0, $"{Path.GetFileName(file)} holds the number (UTF-16)");
            }

            Assert.True(bytes.AsSpan().IndexOf(Encoding.ASCII.GetBytes("\"to\":\"0")) < 0, $"{Path.GetFileName(file)} holds an unsealed letter");
        }
    }

    [Fact]
    public async Task WithoutAnSmsGateway_ACodeRequest_IsUnavailable_AndTheUnverifiedPollStillVotes()
    {
        await using var host = await VerifiedPollSite.StartAsync(sms: null);
        var instanceId = await VerifiedPollSite.OpenAsync(host);
        using var client = host.CreateClient();
        using var refused = await client.PostAsJsonAsync($"/api/consultations/{instanceId}/steps/{VerifiedPollSite.Verified}/verification", new { identifier = "0915000001" });
        await ProblemJson.AssertAsync(refused, HttpStatusCode.ServiceUnavailable, VerificationCodes.NoSmsGateway);
        using var voted = await client.PostAsJsonAsync($"/api/consultations/{instanceId}/steps/{VerifiedPollSite.Unverified}/submissions", VerifiedPollSite.Vote("0915000001", code: null));
        Assert.Equal(HttpStatusCode.Created, voted.StatusCode);
    }

    [Fact]
    public async Task OnThePortalWithoutScript_ANumberGetsACode_ThenTheVoteWithTheCodeIsRecorded()
    {
        const string number = "0916000001";
        using var browser = new Portal.PortalBrowser(site.Host);
        await browser.OpenAsync($"/consultations/{site.InstanceId}/steps/{VerifiedPollSite.Verified}");
        Assert.Contains("Mã xác thực (6 chữ số)", browser.Text, StringComparison.Ordinal);

        using var withoutCode = await browser.PostAsync(("/answers/q", "yes"), ("/identifier", number), ("ce-move", "next"));
        Assert.Equal(HttpStatusCode.OK, withoutCode.StatusCode);
        Assert.Contains("id=\"field-main-verificationCode-error\"", browser.Page, StringComparison.Ordinal);

        using var asked = await browser.PostAsync(("/identifier", number), ("ce-move", "send-code"));
        Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
        Assert.Contains("Đã gửi mã xác thực qua tin nhắn.", browser.Text, StringComparison.Ordinal);
        Assert.Contains(number, browser.Page, StringComparison.Ordinal);
        await site.DispatchAsync();

        var before = await site.PeopleAsync();
        using var voted = await browser.PostAsync(("/answers/q", "yes"), ("/identifier", number), ("/verificationCode", site.Sms.LastCodeTo(number)), ("ce-move", "next"));
        await browser.FollowAsync(voted);
        Assert.Contains("Phiếu bình chọn của bạn đã được ghi nhận.", browser.Text, StringComparison.Ordinal);
        Assert.Equal(before + 1, await site.PeopleAsync());
    }

    private static async Task AssertRefusedAsync(HttpResponseMessage response, HttpStatusCode status, string code, string pointer)
    {
        var body = await response.Content.ReadAsStringAsync();
        await ProblemJson.AssertAsync(new HttpResponseMessage(response.StatusCode) { Content = new StringContent(body, Encoding.UTF8, response.Content.Headers.ContentType?.MediaType ?? "application/json") }, status, code);
        using var json = JsonDocument.Parse(body);
        Assert.Contains(json.RootElement.GetProperty("problems").EnumerateArray(), p => p.GetProperty("code").GetString() == code && p.GetProperty("pointer").GetString() == pointer);
    }

    private static byte[] Read(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private static List<string> Strings(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => [element.GetString()!],
        JsonValueKind.Object => [.. element.EnumerateObject().SelectMany(p => Strings(p.Value))],
        JsonValueKind.Array => [.. element.EnumerateArray().SelectMany(Strings)],
        _ => [],
    };
}
