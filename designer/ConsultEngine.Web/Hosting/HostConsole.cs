namespace ConsultEngine.Web.Hosting;

/// <summary>Where the host prints what its operator must read (address, first-run sign-in); tests read it back.</summary>
internal sealed class HostConsole(TextWriter output)
{
    private readonly Lock _gate = new();

    public void WriteBlock(IEnumerable<string> lines)
    {
        lock (_gate)
        {
            foreach (var line in lines)
            {
                output.WriteLine(line);
            }

            output.Flush();
        }
    }
}
