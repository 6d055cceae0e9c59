namespace ConsultEngine.Web.Codes;

/// <summary>
/// What a code means, in plain words, in the current UI culture (Vietnamese unless English was chosen).
/// The engine's own messages stay English and specific; this is the localised text shown before them.
/// </summary>
public interface ICodeText
{
    /// <summary>The short text of <paramref name="code"/>; for a code the catalogue lacks, a generic text naming it.</summary>
    string Text(string code);

    /// <summary>Whether the catalogue has a text for <paramref name="code"/>.</summary>
    bool Knows(string code);

    /// <summary>The lead sentence of a problem details <c>detail</c> for an HTTP status (what happened, what to do).</summary>
    string StatusLead(int status);

    /// <summary>Any other text of the catalogue by its key (such as <c>Detail.LockedOut</c>).</summary>
    string Other(string key);
}
