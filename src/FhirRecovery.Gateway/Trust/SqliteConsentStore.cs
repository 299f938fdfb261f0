using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using Microsoft.Data.Sqlite;

namespace FhirRecovery.Gateway.Trust;

/// <summary>The embedded consent store: one SQLite file, one row per Consent (its JSON), indexed by NHS number.</summary>
internal sealed class SqliteConsentStore : IConsentStore
{
    // Stateless once built: one for the process, not one per look-up (every routed message looks its person up).
    private static readonly FhirJsonDeserializer _parser = new(new DeserializerSettings { Validator = null });

    private readonly string _connectionString;
    private readonly TimeProvider _time;
    private readonly Lazy<System.Threading.Tasks.Task> _schema;

    public SqliteConsentStore(string path, TimeProvider time)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        _connectionString = new SqliteConnectionStringBuilder { DataSource = path, Pooling = true }.ToString();
        _time = time;
        _schema = new(CreateSchemaAsync);
    }

    public async System.Threading.Tasks.Task SaveAsync(string nhsNumber, string registeringOds, Consent consent, CancellationToken cancellationToken)
    {
        await _schema.Value;
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO consents (id, nhs_number, registering_ods, recorded_ms, json) VALUES ($id, $nhs, $ods, $at, $json)
            ON CONFLICT (id) DO UPDATE SET nhs_number = $nhs, registering_ods = $ods, recorded_ms = $at, json = $json
            """;
        command.Parameters.AddWithValue("$id", consent.Id);
        command.Parameters.AddWithValue("$nhs", nhsNumber);
        command.Parameters.AddWithValue("$ods", registeringOds);
        command.Parameters.AddWithValue("$at", _time.GetUtcNow().ToUnixTimeMilliseconds());
        command.Parameters.AddWithValue("$json", System.Text.Encoding.UTF8.GetString(FhirRecovery.Gateway.Fhir.FhirSerialization.ToBytes(consent, FhirRecovery.Validation.FhirFormat.Json)));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<Consent>> FindAsync(string nhsNumber, string? registeringOds, CancellationToken cancellationToken)
    {
        await _schema.Value;
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT json FROM consents WHERE nhs_number = $nhs AND ($ods IS NULL OR registering_ods = $ods) ORDER BY recorded_ms";
        command.Parameters.AddWithValue("$nhs", nhsNumber);
        command.Parameters.AddWithValue("$ods", (object?)registeringOds ?? DBNull.Value);
        var consents = new List<Consent>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            consents.Add(_parser.Deserialize<Consent>(reader.GetString(0)));
        }

        return consents;
    }

    private async System.Threading.Tasks.Task CreateSchemaAsync()
    {
        await using var connection = await OpenAsync(CancellationToken.None);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            PRAGMA journal_mode = WAL;
            CREATE TABLE IF NOT EXISTS consents (
                id TEXT PRIMARY KEY, nhs_number TEXT NOT NULL, registering_ods TEXT NOT NULL, recorded_ms INTEGER NOT NULL, json TEXT NOT NULL);
            CREATE INDEX IF NOT EXISTS consents_by_person ON consents (nhs_number);
            """;
        await command.ExecuteNonQueryAsync();
    }

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }
}
