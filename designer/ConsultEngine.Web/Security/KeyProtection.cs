using System.Security.Cryptography.X509Certificates;
using ConsultEngine.Web.Hosting;
using Microsoft.AspNetCore.DataProtection;

namespace ConsultEngine.Web.Security;

/// <summary>
/// Where the data protection keys (sign-in cookies, bearer tokens, antiforgery) live and how they are
/// protected at rest. They are kept in <see cref="WebDataPaths.KeysFolder"/> beside the database
/// (<c>App_Data/keys</c> by default), or in <see cref="KeysFolderSetting"/>; never under the web root, which
/// would serve them. With a certificate (<see cref="CertificatePathSetting"/>, a PKCS#12 file, and
/// <see cref="CertificatePasswordSetting"/>) every key is encrypted with it; without one, the keys are
/// stored unencrypted in an owner-only folder (<see cref="DataFileModes"/>) and the host warns at start.
/// (DPAPI is Windows-only; on Linux a certificate is the built-in way to encrypt the key ring.)
/// </summary>
internal static class KeyProtection
{
    public const string KeysFolderSetting = "ConsultWeb:DataProtection:KeysFolder";
    public const string CertificatePathSetting = "ConsultWeb:DataProtection:Certificate:Path";
    public const string CertificatePasswordSetting = "ConsultWeb:DataProtection:Certificate:Password";

    /// <summary>
    /// The paths with the configured key folder and certificate. A key folder under the web root is refused
    /// at start: the static files would serve the keys that sign every session.
    /// </summary>
    public static WebDataPaths Configure(WebDataPaths paths, IConfiguration configuration, IWebHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(environment);
        var configured = paths with
        {
            KeysFolder = configuration[KeysFolderSetting] is { Length: > 0 } folder ? Path.GetFullPath(folder, environment.ContentRootPath) : paths.KeysFolder,
            KeysCertificate = LoadCertificate(configuration, environment.ContentRootPath),
        };
        if (IsUnder(configured.KeysFolder, environment.WebRootPath))
        {
            throw new InvalidOperationException($"The data protection keys folder {configured.KeysFolder} is inside the web root {environment.WebRootPath}, which would serve it: set {KeysFolderSetting} to a folder outside it.");
        }

        return configured;
    }

    /// <summary>Registers data protection over the key folder, encrypted with the configured certificate if there is one.</summary>
    public static IDataProtectionBuilder AddConsultDataProtection(this IServiceCollection services, WebDataPaths paths)
    {
        var builder = services.AddDataProtection().SetApplicationName("ConsultEngine");
        if (paths.Database.Provider == ConsultEngine.Persistence.Providers.DatabaseProvider.PostgreSql)
        {
            // Several nodes share one database: a key ring in a folder of each node would make a sign-in on
            // one node unreadable on the others. The keys table is migrated when the host starts (KeyStoreStartup),
            // as its first hosted service, before any request can read the key ring (KeyRingOnFirstUse).
            services.AddDbContext<DataProtectionKeysDb>(options => DataProtectionKeysDb.Configure(options, paths.Database.ConnectionString));
            services.Insert(0, ServiceDescriptor.Singleton<IHostedService, KeyStoreStartup>());
            builder.PersistKeysToDbContext<DataProtectionKeysDb>();
        }
        else
        {
            builder.PersistKeysToFileSystem(new DirectoryInfo(paths.KeysFolder));
        }

        if (paths.KeysCertificate is { } certificate)
        {
            builder.ProtectKeysWithCertificate(certificate).UnprotectKeysWithAnyCertificate(certificate);
        }
        else
        {
            services.AddHostedService<UnencryptedKeysWarning>();
        }

        return builder;
    }

    /// <summary>The certificate the configuration names, loaded with its private key (<c>null</c> when none is configured).</summary>
    public static X509Certificate2? LoadCertificate(IConfiguration configuration, string contentRoot)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        if (configuration[CertificatePathSetting] is not { Length: > 0 } path)
        {
            return null;
        }

        return X509CertificateLoader.LoadPkcs12FromFile(Path.GetFullPath(path, contentRoot), configuration[CertificatePasswordSetting], X509KeyStorageFlags.EphemeralKeySet);
    }

    /// <summary>Whether <paramref name="folder"/> lies inside <paramref name="webRoot"/> (where static files are served from).</summary>
    public static bool IsUnder(string folder, string? webRoot)
    {
        if (string.IsNullOrEmpty(webRoot))
        {
            return false;
        }

        var root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(webRoot)) + Path.DirectorySeparatorChar;
        return (Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder)) + Path.DirectorySeparatorChar).StartsWith(root, StringComparison.Ordinal);
    }
}

/// <summary>Says at start, once, that the data protection keys are stored unencrypted and how to encrypt them.</summary>
internal sealed partial class UnencryptedKeysWarning(WebDataPaths paths, ILogger<UnencryptedKeysWarning> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (paths.Database.Provider == ConsultEngine.Persistence.Providers.DatabaseProvider.PostgreSql)
        {
            WarnDatabase(logger, paths.Database.Where, KeyProtection.CertificatePathSetting, KeyProtection.CertificatePasswordSetting);
        }
        else
        {
            Warn(logger, paths.KeysFolder, KeyProtection.CertificatePathSetting, KeyProtection.CertificatePasswordSetting);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Warning, Message = "The data protection keys in {Folder} are not encrypted at rest (the folder is readable by this account only); set {CertificatePath} and {CertificatePassword} to a PKCS#12 certificate to encrypt them.")]
    private static partial void Warn(ILogger logger, string folder, string certificatePath, string certificatePassword);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The data protection keys in the database {Database} are not encrypted at rest (anyone who reads that table can forge sign-ins); set {CertificatePath} and {CertificatePassword} to a PKCS#12 certificate, the same on every node, to encrypt them.")]
    private static partial void WarnDatabase(ILogger logger, string database, string certificatePath, string certificatePassword);
}
