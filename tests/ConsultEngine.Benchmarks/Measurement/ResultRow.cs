namespace ConsultEngine.Benchmarks.Measurement;

/// <summary>One line of the results table: a measure of ConsultEngine against a peer or another configuration, and its bar (<c>Pass</c> is null for a line shown for information).</summary>
internal sealed record ResultRow(string Suite, string Measure, string ConsultEngine, string Other, string Ratio, string Bar, bool? Pass);
