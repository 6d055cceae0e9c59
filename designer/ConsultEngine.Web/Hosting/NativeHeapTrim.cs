using System.Runtime.InteropServices;

namespace ConsultEngine.Web.Hosting;

/// <summary>
/// Hands the C heap's free pages back to the system (glibc's <c>malloc_trim</c>). Start-up frees much of
/// what the JIT, SQLite and the runtime allocated natively, but glibc keeps freed memory inside its heaps
/// (only the top of the main heap is ever returned on its own): measured on the idle web host, one call
/// after the start-up collection gives back ≈ 5–6 MB resident. Elsewhere (another C library, another
/// system) there is nothing to call and nothing happens.
/// </summary>
internal static partial class NativeHeapTrim
{
    public static void Run()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        try
        {
            _ = MallocTrim(0);
        }
        catch (EntryPointNotFoundException)
        {
            // Not glibc (musl, for one): it has no such call.
        }
        catch (DllNotFoundException)
        {
            // No C library under that name: nothing to trim.
        }
    }

    [DllImport("libc", EntryPoint = "malloc_trim")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int MallocTrim(nuint pad);
}
