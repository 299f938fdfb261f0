using System.Globalization;
using System.Text.RegularExpressions;
using FhirRecovery.Trust.Development;

namespace FhirRecovery.LoadRuns;

/// <summary>
/// The real gateway executable (Release build) in its own process, as deployed but for: the Development environment
/// (its development token issuer, with a key made for the run), a copy of the sample directory whose endpoints all
/// point at the load receiver, a fresh SQLite outbox and pathway database, logs at Warning (the per-request Information log line is a
/// console write the bare YARP host does not pay either), the per-organisation rate limit lifted, and release-handover
/// synchronous unless the sender asks for respond-async.
/// </summary>
internal static partial class GatewayUnderLoad
{
    public static (IReadOnlyDictionary<string, string> Environment, DevelopmentTokenIssuer Tokens) Prepare(string folder, Uri receiver)
    {
        var directory = Path.Combine(folder, "directory");
        Directory.CreateDirectory(directory);
        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "conformance", "directory"), "*.json"))
        {
            // Every sample address (http://127.0.0.1:51NN/...) becomes its own path on the receiver: addresses stay unique.
            var text = SampleAddress().Replace(File.ReadAllText(file), m => $"{receiver.AbsoluteUri.TrimEnd('/')}/fhir/e{m.Groups[1].Value}");
            File.WriteAllText(Path.Combine(directory, Path.GetFileName(file)), text);
        }

        var keyPath = Path.Combine(folder, "dev-signing-key.pem");
        var key = DevelopmentSigningKey.LoadOrCreate(keyPath);
        var environment = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["DOTNET_ENVIRONMENT"] = "Development",
            ["FhirRecovery__Authentication__DevelopmentIssuer__Enabled"] = "true",
            ["FhirRecovery__Authentication__DevelopmentIssuer__SigningKeyPath"] = keyPath,
            ["FhirRecovery__Routing__DirectoryPath"] = directory,
            ["FhirRecovery__Routing__StoreAndForwardEvents__0"] = "referral-response",
            ["FhirRecovery__Outbox__SqlitePath"] = Path.Combine(folder, "outbox.db"),
            // The pathway database defaults to App_Data beside the gateway's DLL: every run (and every build compared
            // with --gateway) would otherwise add to one file that grows from run to run.
            ["FhirRecovery__Pathways__SqlitePath"] = Path.Combine(folder, "pathways.db"),
            ["FhirRecovery__Trust__ConsentDatabase"] = Path.Combine(folder, "consents.db"),
            ["FhirRecovery__Protection__PermitsPerWindow"] = int.MaxValue.ToString(CultureInfo.InvariantCulture),
            ["FhirRecovery__LogFormat"] = "Text",
            ["Serilog__MinimumLevel__Default"] = "Warning",
            ["Serilog__MinimumLevel__Override__FhirRecovery"] = "Warning",
            ["Serilog__MinimumLevel__Override__Microsoft.AspNetCore"] = "Warning",
            ["Serilog__MinimumLevel__Override__Microsoft.Hosting.Lifetime"] = "Warning",
        };
        var tokens = new DevelopmentTokenIssuer(key, DevelopmentIssuerDefaults.Issuer, DevelopmentIssuerDefaults.Audience,
            DevelopmentIssuerDefaults.OrganisationClaim, TimeProvider.System);
        return (environment, tokens);
    }

    /// <summary>The gateway built in Release beside the repository, unless a path is given.</summary>
    public static string FindDll(string? given)
    {
        if (given is not null)
        {
            return Path.GetFullPath(given);
        }

        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "FhirRecovery.sln")))
        {
            folder = folder.Parent;
        }

        var dll = Path.Combine(folder?.FullName ?? ".", "src", "FhirRecovery.Gateway", "bin", "Release", "net10.0", "FhirRecovery.Gateway.dll");
        return File.Exists(dll) ? dll
            : throw new FileNotFoundException($"No Release build of the gateway at {dll}: run `dotnet build -c Release src/FhirRecovery.Gateway` first, or pass --gateway.");
    }

    [GeneratedRegex(@"http://127\.0\.0\.1:51(\d\d)/[^""]*")]
    private static partial Regex SampleAddress();
}
