namespace ConsultEngine.Rules;

/// <summary>Where a script of a definition sits.</summary>
public enum RuleScriptKind
{
    /// <summary>A named rule of the definition's <c>rules</c>.</summary>
    Rule,

    /// <summary>A step's <c>when</c> guard.</summary>
    Guard,

    /// <summary>One of a step's <c>validate</c> checks.</summary>
    Check,

    /// <summary>A script of a consultation tool (a survey's skip logic or constraint), not of a definition.</summary>
    Tool,
}
