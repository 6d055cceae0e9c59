using System.Text.Json;
using ConsultEngine.Abstractions;
using ConsultEngine.Runtime.Tools;
using Microsoft.Extensions.DependencyInjection;

namespace ConsultEngine.Web.Testing.Portal;

/// <summary>
/// Opinions for a consultation's explanation register, stored in its public hearing step as the tool
/// stores them: two identical opinions of citizens, one of an organisation coded <c>fees</c>. Returns
/// the input ids in that order (the register lists them so).
/// </summary>
public static class RegisterSeed
{
    public const string Theme = "fees";

    public const string Organisation = "Hội Nông dân xã";

    public static async Task<IReadOnlyList<Guid>> AddOpinionsAsync(IServiceProvider services, Guid instanceId)
    {
        var data = services.GetRequiredService<IToolDataStore>();
        var at = DateTimeOffset.UtcNow;
        ConsultationInput Input(string text, IReadOnlyList<string>? themes = null, object? answers = null) => new()
        {
            Id = Guid.CreateVersion7(),
            InstanceId = instanceId,
            StepId = PortalSeed.HearingStep,
            Tool = "public-hearing",
            Channel = InputChannel.Enumerator,
            Collector = PortalSeed.Actor,
            Subject = "register-seed",
            Text = text,
            Themes = themes ?? [],
            Answers = answers is null ? null : JsonSerializer.SerializeToElement(answers),
            SubmittedAt = at,
        };

        ConsultationInput[] inputs =
        [
            Input("Đề nghị giảm phí gửi xe tại bệnh viện."),
            Input("đề nghị giảm phí gửi xe tại bệnh viện"),
            Input("Phí hiện nay quá cao so với thu nhập nông dân.", [Theme], new { organisation = Organisation }),
        ];
        foreach (var input in inputs)
        {
            var result = await data.Inputs(instanceId, input.StepId).AppendAsync(input).ConfigureAwait(false);
            if (result.Status != AppendStatus.Stored)
            {
                throw new InvalidOperationException($"The seed's opinion was not stored: {result.Status}.");
            }
        }

        return [.. inputs.Select(i => i.Id)];
    }
}
