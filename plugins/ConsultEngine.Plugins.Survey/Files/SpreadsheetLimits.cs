namespace ConsultEngine.Plugins.Survey.Files;

/// <summary>
/// How much of an uploaded spreadsheet (XLSX or CSV) the survey reads before it refuses the file with a
/// code (<see cref="UploadLimitException"/>): a small file must not make the reader allocate without end
/// (a cell named <c>ZZZZZZ1</c> would mean 321 million columns; a zip bomb expands a few kilobytes to gigabytes).
/// </summary>
internal sealed record SpreadsheetLimits
{
    /// <summary>The last column a spreadsheet can have (XFD).</summary>
    public const int SpreadsheetColumns = 16_384;

    public static SpreadsheetLimits Default { get; } = new();

    /// <summary>The size of the file as uploaded.</summary>
    public long MaxBytes { get; init; } = 10 * 1024 * 1024;

    public int MaxRows { get; init; } = 50_000;

    /// <summary>Columns of one row; never more than <see cref="SpreadsheetColumns"/>.</summary>
    public int MaxColumns { get; init; } = SpreadsheetColumns;

    /// <summary>Cells of the whole file, the blank ones a row skips over included.</summary>
    public long MaxCells { get; init; } = 2_000_000;

    /// <summary>Characters of one XML part of a workbook (the Open XML SDK's <c>MaxCharactersInPart</c>).</summary>
    public long MaxCharactersInPart { get; init; } = 64 * 1024 * 1024;

    /// <summary>The declared size of all the workbook's entries once expanded.</summary>
    public long MaxExpandedBytes { get; init; } = 128 * 1024 * 1024;

    /// <summary>How many times larger than its compressed size a large entry may expand (XML of a sheet compresses 10–30 times; a bomb, a thousand).</summary>
    public int MaxExpansionRatio { get; init; } = 200;

    /// <summary>Entries at most this large are not held to <see cref="MaxExpansionRatio"/> (a tiny repetitive part compresses well).</summary>
    public long RatioCheckedFromBytes { get; init; } = 1024 * 1024;

    public int MaxEntries { get; init; } = 1_000;
}

/// <summary>An uploaded spreadsheet goes beyond a <see cref="SpreadsheetLimits"/>; <see cref="Code"/> says which (CE9614–CE9617).</summary>
internal sealed class UploadLimitException(string code, string message) : FormatException(message)
{
    public string Code { get; } = code;
}
