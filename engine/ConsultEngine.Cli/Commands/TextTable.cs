namespace ConsultEngine.Cli.Commands;

/// <summary>Rows of text in aligned columns; the last column is not padded.</summary>
internal sealed class TextTable(string indent = "")
{
    private readonly List<string[]> _rows = [];

    public void Add(params string[] cells) => _rows.Add(cells);

    public void Write(TextWriter writer)
    {
        var columns = _rows.Count == 0 ? 0 : _rows.Max(r => r.Length);
        var widths = Enumerable.Range(0, columns).Select(c => _rows.Max(r => c < r.Length ? r[c].Length : 0)).ToArray();
        foreach (var row in _rows)
        {
            var cells = row.Select((cell, c) => c == row.Length - 1 ? cell : cell.PadRight(widths[c]));
            writer.WriteLine((indent + string.Join("  ", cells)).TrimEnd());
        }
    }
}
