using Microsoft.Data.Sqlite;

namespace FhirRecovery.Gateway.Pathways;

/// <summary>Release handovers in the pathway database: recorded at acceptance, superseded by a later handover of the
/// same person and release, acknowledged by the receiving organisation, flagged by the sweeper.</summary>
internal sealed class HandoverStore(PathwayDatabase database)
{
    private const string Columns = "message_id, receiver_organization_id, release_at, accepted_at, acknowledged_at, acknowledgement_code, first_appointment, flagged_at, superseded_by, withheld_at";

    /// <summary>Records a handover (once per message id) and marks every earlier, not yet superseded handover of the
    /// same key from the same sender as superseded by it. Returns the ids it superseded.</summary>
    public Task<IReadOnlyList<string>> RecordAsync(string messageId, string senderId, string receiverOrganizationId, HandoverFacts facts,
        DateTimeOffset at, CancellationToken cancellationToken) =>
        database.WriteAsync<IReadOnlyList<string>>(async (connection, transaction) =>
        {
            await using (var insert = PathwayDatabase.Command(connection, transaction, """
                INSERT INTO handover (message_id, handover_key, sender_id, receiver_organization_id, bundle_identifier, header_id, release_at, accepted_at)
                VALUES (@id, @key, @sender, @receiver, @bundle, @header, @release, @at) ON CONFLICT (message_id) DO NOTHING
                """, ("@id", messageId), ("@key", facts.HandoverKey), ("@sender", senderId), ("@receiver", receiverOrganizationId),
                ("@bundle", facts.BundleIdentifier), ("@header", facts.HeaderId), ("@release", facts.PlannedRelease.ToUnixTimeMilliseconds()),
                ("@at", at.ToUnixTimeMilliseconds())))
            {
                if (await insert.ExecuteNonQueryAsync(CancellationToken.None) == 0)
                {
                    return [];
                }
            }

            // The partial index handover_open_by_key holds only the handovers not yet superseded: at most the one current
            // handover of this key is visited, however many corrections came before it.
            await using var update = PathwayDatabase.Command(connection, transaction, """
                UPDATE handover SET superseded_by = @id
                WHERE handover_key = @key AND sender_id = @sender AND message_id <> @id AND superseded_by IS NULL
                RETURNING message_id
                """, ("@id", messageId), ("@key", facts.HandoverKey), ("@sender", senderId));
            return await ReadIdsAsync(update);
        }, cancellationToken);

    /// <summary>Records a response from <paramref name="receiverOrganizationId"/> on the handover it answers (matched by
    /// Bundle identifier first, then MessageHeader id, the latest first). Returns the handover's message id, or null
    /// when the response answers no handover that organisation received.</summary>
    public Task<string?> AcknowledgeAsync(string receiverOrganizationId, AcknowledgementFacts response, DateTimeOffset at, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            await using var command = PathwayDatabase.Command(connection, transaction, """
                UPDATE handover SET acknowledged_at = @at, acknowledgement_code = @code, first_appointment = COALESCE(@appointment, first_appointment)
                WHERE message_id = (SELECT message_id FROM handover
                    WHERE receiver_organization_id = @receiver AND (bundle_identifier = @responds OR header_id = @responds)
                    ORDER BY (bundle_identifier = @responds) DESC, accepted_at DESC LIMIT 1)
                RETURNING message_id
                """, ("@at", at.ToUnixTimeMilliseconds()), ("@code", response.Code), ("@appointment", response.FirstAppointment),
                ("@receiver", receiverOrganizationId), ("@responds", response.RespondsTo));
            return await command.ExecuteScalarAsync(CancellationToken.None) as string;
        }, cancellationToken);

    /// <summary>Flags every handover still unacknowledged (and not superseded) whose planned release is within
    /// <paramref name="lead"/> of <paramref name="now"/>. Returns the ids flagged now.</summary>
    public Task<IReadOnlyList<string>> FlagDueAsync(DateTimeOffset now, TimeSpan lead, CancellationToken cancellationToken) =>
        database.WriteAsync<IReadOnlyList<string>>(async (connection, transaction) =>
        {
            await using var command = PathwayDatabase.Command(connection, transaction, """
                UPDATE handover SET flagged_at = @now
                WHERE flagged_at IS NULL AND superseded_by IS NULL AND (acknowledged_at IS NULL OR acknowledgement_code <> 'ok')
                  AND release_at <= @horizon
                RETURNING message_id
                """, ("@now", now.ToUnixTimeMilliseconds()), ("@horizon", (now + lead).ToUnixTimeMilliseconds()));
            return await ReadIdsAsync(command);
        }, cancellationToken);

    /// <summary>Marks a superseded handover as withheld (never sent). Returns the id that superseded it, or null when
    /// the message is not a superseded handover (it must then be sent).</summary>
    public async Task<string?> WithholdIfSupersededAsync(string messageId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        // Read first: nearly every handover the worker sends is the current one, and a read takes no write lock. Safe
        // without a transaction around both: once set, superseded_by never changes.
        await using (var connection = await database.OpenAsync(cancellationToken))
        await using (var read = PathwayDatabase.Command(connection, "SELECT superseded_by FROM handover WHERE message_id = @id", ("@id", messageId)))
        {
            if (await read.ExecuteScalarAsync(cancellationToken) is not string)
            {
                return null;
            }
        }

        return await database.WriteAsync(async (connection, transaction) =>
        {
            await using var command = PathwayDatabase.Command(connection, transaction, """
                UPDATE handover SET withheld_at = COALESCE(withheld_at, @at)
                WHERE message_id = @id AND superseded_by IS NOT NULL
                RETURNING superseded_by
                """, ("@id", messageId), ("@at", at.ToUnixTimeMilliseconds()));
            return await command.ExecuteScalarAsync(CancellationToken.None) as string;
        }, cancellationToken);
    }

    public async Task<HandoverRecord?> FindAsync(string messageId, CancellationToken cancellationToken)
    {
        var found = await QueryAsync($"SELECT {Columns} FROM handover WHERE message_id = @id", cancellationToken, ("@id", messageId));
        return found.Count == 0 ? null : found[0];
    }

    /// <summary>Flagged handovers still waiting for an acknowledgement, oldest flag first.</summary>
    public Task<IReadOnlyList<HandoverRecord>> ListFlaggedUnacknowledgedAsync(int limit, CancellationToken cancellationToken) =>
        QueryAsync($"""
            SELECT {Columns} FROM handover
            WHERE flagged_at IS NOT NULL AND superseded_by IS NULL AND (acknowledged_at IS NULL OR acknowledgement_code <> 'ok')
            ORDER BY flagged_at LIMIT @limit
            """, cancellationToken, ("@limit", limit));

    private async Task<IReadOnlyList<HandoverRecord>> QueryAsync(string sql, CancellationToken cancellationToken, params (string, object?)[] parameters)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = PathwayDatabase.Command(connection, sql, parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var records = new List<HandoverRecord>();
        while (await reader.ReadAsync(cancellationToken))
        {
            records.Add(new HandoverRecord(reader.GetString(0), reader.GetString(1), Time(reader, 2)!.Value, Time(reader, 3)!.Value, Time(reader, 4),
                Text(reader, 5), Text(reader, 6), Time(reader, 7), Text(reader, 8), Time(reader, 9)));
        }

        return records;
    }

    private static async Task<IReadOnlyList<string>> ReadIdsAsync(SqliteCommand command)
    {
        var ids = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(CancellationToken.None);
        while (await reader.ReadAsync(CancellationToken.None))
        {
            ids.Add(reader.GetString(0));
        }

        return ids;
    }

    private static DateTimeOffset? Time(SqliteDataReader reader, int i) =>
        reader.IsDBNull(i) ? null : DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(i));

    private static string? Text(SqliteDataReader reader, int i) => reader.IsDBNull(i) ? null : reader.GetString(i);
}
