namespace ConsultEngine.Persistence.Administrative;

/// <summary>
/// Codes of the administrative units: a province's list of communes imported from CSV (CE820x–CE821x).
/// Stable: never reused.
/// </summary>
public static class AdministrativeCodes
{
    /// <summary>The file's first line is not the header <c>code,name,kind</c>.</summary>
    public const string HeaderInvalid = "CE8200";

    /// <summary>A line does not have exactly three fields (or a quoted field is not closed).</summary>
    public const string LineMalformed = "CE8201";

    /// <summary>A line has no commune code.</summary>
    public const string CodeEmpty = "CE8202";

    /// <summary>A line has no commune name.</summary>
    public const string NameEmpty = "CE8203";

    /// <summary>A line's kind is not <c>commune</c>, <c>ward</c> or <c>special-zone</c> (xã, phường, đặc khu).</summary>
    public const string KindUnknown = "CE8204";

    /// <summary>Two lines have the same commune code.</summary>
    public const string CodeDuplicate = "CE8205";

    /// <summary>The province code is not one of the 34 provinces and centrally-run cities.</summary>
    [FailsAs(FailureKind.NotFound)]
    public const string ProvinceUnknown = "CE8206";

    /// <summary>The file holds no commune (empty, or a header only).</summary>
    public const string FileEmpty = "CE8207";

    /// <summary>The file is not UTF-8 text.</summary>
    public const string NotUtf8 = "CE8208";

    /// <summary>Two lines have the same name: a pick-list and analysis by commune could not tell them apart.</summary>
    public const string NameDuplicate = "CE8209";

    /// <summary>The file is larger than a commune list can be (<see cref="CommuneCsv.MaxBytes"/>): it is refused before it is read.</summary>
    [FailsAs(FailureKind.TooLarge)]
    public const string FileTooLarge = "CE8210";

    /// <summary>The file has more lines than a commune list can have (<see cref="CommuneCsv.MaxRows"/>).</summary>
    [FailsAs(FailureKind.TooLarge)]
    public const string TooManyRows = "CE8211";

    /// <summary>A code or a name is longer than <see cref="CommuneCsv.MaxFieldLength"/> characters.</summary>
    public const string FieldTooLong = "CE8212";
}
