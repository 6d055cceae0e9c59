using System.IO.Compression;

namespace ConsultEngine.Plugins.Survey.Files;

/// <summary>
/// Refuses a workbook whose zip would expand beyond the <see cref="SpreadsheetLimits"/> before a byte of it
/// is expanded: too many entries, too large in all once expanded, or a large entry that expands far more
/// than sheet XML does (a zip bomb). It reads only the zip's directory. The declared sizes can lie; the
/// Open XML SDK's <c>MaxCharactersInPart</c> stops a part that expands beyond what it declared.
/// </summary>
internal static class ZipGuard
{
    /// <exception cref="UploadLimitException">The zip goes beyond a limit (CE9617).</exception>
    /// <exception cref="InvalidDataException">The bytes are not a zip.</exception>
    public static void Check(Stream stream, SpreadsheetLimits limits)
    {
        using var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
        if (zip.Entries.Count > limits.MaxEntries)
        {
            throw Refused($"The workbook holds {zip.Entries.Count} entries; at most {limits.MaxEntries} are read.");
        }

        long expanded = 0;
        foreach (var entry in zip.Entries)
        {
            expanded += entry.Length;
            if (expanded > limits.MaxExpandedBytes)
            {
                throw Refused($"The workbook expands to more than {limits.MaxExpandedBytes} bytes.");
            }

            if (entry.Length > limits.RatioCheckedFromBytes && entry.Length / Math.Max(1, entry.CompressedLength) > limits.MaxExpansionRatio)
            {
                throw Refused($"The entry '{entry.FullName}' expands {entry.Length / Math.Max(1, entry.CompressedLength)} times its compressed size; at most {limits.MaxExpansionRatio} is read.");
            }
        }
    }

    private static UploadLimitException Refused(string message) => new(SurveyCodes.UploadExpandsTooMuch, message);
}
