namespace FhirRecovery.Gateway.Pathways;

/// <summary>The review findings of accepted messages, by outbox message id, for the sender's status resource.</summary>
internal sealed class ReviewFlagStore(PathwayDatabase database)
{
    public async Task RecordAsync(string messageId, IReadOnlyList<ReviewFinding> findings, CancellationToken cancellationToken)
    {
        if (findings.Count == 0)
        {
            return;
        }

        await database.WriteAsync(async (connection, transaction) =>
        {
            foreach (var finding in findings)
            {
                await using var command = PathwayDatabase.Command(connection, transaction,
                    "INSERT INTO review_flag (message_id, code, text, expression) VALUES (@id, @code, @text, @expression) ON CONFLICT DO NOTHING",
                    ("@id", messageId), ("@code", finding.Code), ("@text", finding.Text), ("@expression", finding.Expression));
                await command.ExecuteNonQueryAsync(CancellationToken.None);
            }

            return findings.Count;
        }, cancellationToken);
    }

    public async Task<IReadOnlyList<ReviewFinding>> FindAsync(string messageId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = PathwayDatabase.Command(connection,
            "SELECT code, text, expression FROM review_flag WHERE message_id = @id ORDER BY rowid", ("@id", messageId));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var findings = new List<ReviewFinding>();
        while (await reader.ReadAsync(cancellationToken))
        {
            findings.Add(new ReviewFinding(reader.GetString(0), reader.GetString(1), reader.GetString(2)));
        }

        return findings;
    }
}
