namespace ConsultEngine.Plugins.Survey.Files;

/// <summary>One row of a sheet or CSV file: its number as a spreadsheet shows it (1 is the header) and its cells (empty string when blank).</summary>
internal sealed record SheetRow(int Number, IReadOnlyList<string> Cells)
{
    public string Cell(int column) => column >= 0 && column < Cells.Count ? Cells[column] : string.Empty;

    public bool IsBlank => Cells.All(string.IsNullOrWhiteSpace);
}

/// <summary>A named table of rows (a worksheet, or the one table of a CSV file).</summary>
internal sealed record Sheet(string Name, IReadOnlyList<SheetRow> Rows);
