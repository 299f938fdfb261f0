using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace FhirRecovery.Testing;

/// <summary>
/// A throw-away PostgreSQL cluster for the tests: initdb into a temp folder, trust auth, listening on 127.0.0.1 at a
/// free port with its socket in the temp folder; stopped and deleted on dispose. The server binaries are required:
/// without them the tests fail (CI installs them), they never skip.
/// </summary>
public sealed class PostgresServerFixture : IAsyncLifetime
{
    public const string InstallHint = "apt-get update && apt-get install -y postgresql";
    private string _root = string.Empty;
    private string _binaries = string.Empty;

    public string ConnectionString { get; private set; } = string.Empty;

    public static string FindBinaries() =>
        FindBinaries(Environment.GetEnvironmentVariable("FHIR_RECOVERY_PG_BIN"), "/usr/lib/postgresql");

    public static string FindBinaries(string? fromEnvironment, string installRoot)
    {
        var candidates = new List<string>();
        if (!string.IsNullOrWhiteSpace(fromEnvironment))
        {
            candidates.Add(fromEnvironment);
        }

        if (Directory.Exists(installRoot))
        {
            candidates.AddRange(Directory.GetDirectories(installRoot)
                .OrderByDescending(d => int.TryParse(Path.GetFileName(d), out var v) ? v : 0)
                .Select(d => Path.Combine(d, "bin")));
        }

        return candidates.FirstOrDefault(d => File.Exists(Path.Combine(d, "initdb")) && File.Exists(Path.Combine(d, "pg_ctl")))
            ?? throw new InvalidOperationException(
                $"PostgreSQL server binaries (initdb, pg_ctl) were not found under {installRoot}/*/bin or $FHIR_RECOVERY_PG_BIN. "
                + $"The outbox tests need a real server: install it with `{InstallHint}`.");
    }

    public async Task InitializeAsync()
    {
        _binaries = FindBinaries();
        _root = Path.Combine(Path.GetTempPath(), "fr-pg-" + Guid.NewGuid().ToString("N")[..12]);
        var data = Path.Combine(_root, "data");
        Directory.CreateDirectory(_root);
        if (Environment.UserName == "root")
        {
            await RunAsync("chown", ["-R", "postgres:postgres", _root], asPostgres: false);
        }
        await RunAsync(Path.Combine(_binaries, "initdb"), ["-D", data, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--no-sync"]);
        var port = FreePort();
        await RunAsync(Path.Combine(_binaries, "pg_ctl"),
        [
            "-D", data, "-l", Path.Combine(_root, "server.log"), "-w", "-t", "60",
            "-o", $"-p {port} -k {_root} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200",
            "start",
        ]);

        var admin = new NpgsqlConnectionStringBuilder { Host = "127.0.0.1", Port = port, Username = "postgres", Database = "postgres", Pooling = false };
        await using (var connection = new NpgsqlConnection(admin.ConnectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand("CREATE DATABASE fhir_recovery_tests", connection);
            await command.ExecuteNonQueryAsync();
        }

        admin.Database = "fhir_recovery_tests";
        admin.Pooling = true;
        ConnectionString = admin.ConnectionString;
    }

    public async Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        if (Directory.Exists(Path.Combine(_root, "data")))
        {
            await RunAsync(Path.Combine(_binaries, "pg_ctl"), ["-D", Path.Combine(_root, "data"), "-m", "immediate", "-w", "stop"]);
        }

        Directory.Delete(_root, recursive: true);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    // We run as root in CI and here; PostgreSQL refuses to run as root, so its tools run as the postgres user.
    private static async Task RunAsync(string program, IEnumerable<string> arguments, bool asPostgres = true)
    {
        var asRoot = Environment.UserName == "root";
        var start = new ProcessStartInfo(asPostgres && asRoot ? "runuser" : program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        if (asPostgres && asRoot)
        {
            foreach (var prefix in new[] { "-u", "postgres", "--", program })
            {
                start.ArgumentList.Add(prefix);
            }
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} failed ({process.ExitCode}): {await output}{await error}");
        }
    }
}
