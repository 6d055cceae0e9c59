using Microsoft.Extensions.Localization;

namespace ConsultEngine.Web.Codes;

/// <summary>
/// <see cref="ICodeText"/> over the resource catalogue. Stateless: the localizer reads the culture of the
/// calling request or circuit at each call, so one instance serves all.
/// </summary>
internal sealed class ResourceCodeText(IStringLocalizer<CodeText> texts) : ICodeText
{
    public string Text(string code)
    {
        var text = texts[code];
        return text.ResourceNotFound ? texts["Other", code] : text.Value;
    }

    public bool Knows(string code) => !texts[code].ResourceNotFound;

    public string StatusLead(int status)
    {
        var text = texts["Status." + status.ToString(System.Globalization.CultureInfo.InvariantCulture)];
        return text.ResourceNotFound ? texts["Status.Other"] : text.Value;
    }

    public string Other(string key) => texts[key];
}
