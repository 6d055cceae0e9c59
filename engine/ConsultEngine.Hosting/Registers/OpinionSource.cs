using System.Text.Json;
using ConsultEngine.Abstractions;

namespace ConsultEngine.Hosting.Registers;

/// <summary>
/// The source label of an opinion. Citizens are never named: the label says a citizen and how the
/// opinion came (the tool's title, the channel). An organisation is named when the tool recorded it
/// in the input's answers under <c>organisation</c> (an organisation speaks in public on purpose).
/// </summary>
internal static class OpinionSource
{
    public const string OrganisationAnswer = "organisation";

    public static LocalText Label(ConsultationInput input, LocalText toolTitle)
    {
        if (input.Answers is { ValueKind: JsonValueKind.Object } answers
            && answers.TryGetProperty(OrganisationAnswer, out var organisation)
            && organisation.ValueKind == JsonValueKind.String
            && organisation.GetString() is { Length: > 0 } name)
        {
            return new LocalText(name.Trim(), name.Trim());
        }

        var (vi, en) = Channel(input.Channel);
        return new LocalText($"Người dân ({toolTitle.Vi}, {vi})", $"Citizen ({toolTitle.En}, {en})");
    }

    private static (string Vi, string En) Channel(InputChannel channel) => channel switch
    {
        InputChannel.Web => ("trực tuyến", "online"),
        InputChannel.Enumerator => ("trực tiếp", "in person"),
        InputChannel.Paper => ("phiếu giấy", "paper form"),
        InputChannel.Import => ("nhập từ tệp", "imported file"),
        _ => ("khác", "other"),
    };
}
