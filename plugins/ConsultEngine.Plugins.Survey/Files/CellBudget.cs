namespace ConsultEngine.Plugins.Survey.Files;

/// <summary>Counts the rows and cells of one uploaded file against its <see cref="SpreadsheetLimits"/>, refusing the first one too many.</summary>
internal sealed class CellBudget(SpreadsheetLimits limits)
{
    private long _cells;
    private int _rows;

    public SpreadsheetLimits Limits => limits;

    public void Row()
    {
        if (++_rows > limits.MaxRows)
        {
            throw new UploadLimitException(SurveyCodes.UploadTooManyRows, $"The file has more than {limits.MaxRows} rows.");
        }
    }

    /// <summary>A row reaches column <paramref name="column"/> (zero-based); <paramref name="added"/> cells were added to hold it.</summary>
    public void Cells(int column, int added)
    {
        var maxColumns = Math.Min(limits.MaxColumns, SpreadsheetLimits.SpreadsheetColumns);
        if (column >= maxColumns)
        {
            throw new UploadLimitException(SurveyCodes.UploadTooManyColumns, $"A row reaches column {column + 1}; at most {maxColumns} are read.");
        }

        _cells += added;
        if (_cells > limits.MaxCells)
        {
            throw new UploadLimitException(SurveyCodes.UploadTooManyRows, $"The file has more than {limits.MaxCells} cells.");
        }
    }
}
