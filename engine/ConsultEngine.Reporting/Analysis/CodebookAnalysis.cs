using ConsultEngine.Hosting.Codebooks;

namespace ConsultEngine.Reporting.Analysis;

/// <summary>The consultation codebook in the consultation-wide analysis: the themes table (counts by source, quotes) and the agreement between coders.</summary>
public sealed record CodebookAnalysis(CodebookThemeTable Themes, CodebookAgreement Agreement);
