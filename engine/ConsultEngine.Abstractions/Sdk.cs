namespace ConsultEngine.Abstractions;

/// <summary>
/// The version of this SDK. The numbers are constants: a plugin that writes
/// <c>new SdkVersion(Sdk.Major, Sdk.Minor)</c> in its manifest compiles the SDK it was built for into
/// itself, which is what the host compares with its own SDK when it loads the plugin. A plugin built
/// for another major version is refused; one built for an older minor version of the same major loads.
/// </summary>
public static class Sdk
{
    public const int Major = 1;

    public const int Minor = 2;

    /// <summary>The host's SDK version (the one running, not the one a plugin was built for).</summary>
    public static SdkVersion Current { get; } = new(Major, Minor);
}

/// <summary>A version of the plugin SDK.</summary>
public readonly record struct SdkVersion(int Major, int Minor)
{
    public override string ToString() => $"{Major}.{Minor}";
}
