using System.Data.Common;
using System.Globalization;
using FhirRecovery.Routing.Audit;

namespace FhirRecovery.Gateway.Auth;

/// <summary>
/// Every 401 becomes audit evidence, but a flood of them cannot fill the audit store. Refused sign-ins are counted per
/// source (the reason, the issuer and organisation the token CLAIMS, never the token) in windows of
/// <see cref="Window"/>: the first of a source in a window is stored at once as an AuditEvent, the rest only counted,
/// and when the window closes one summary AuditEvent per source says how many more there were. At most
/// <see cref="MaxSources"/> sources are told apart per window; the rest share one "other" source. So the store gets at
/// most 2 × (MaxSources + 1) records per window, whatever arrives.
/// </summary>
internal sealed class FailedSignInAudit(IServiceProvider services, TimeProvider time, ILogger<FailedSignInAudit> logger)
{
    public const string Agent = "unauthenticated";
    public const int MaxSources = 50;
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    private static readonly FailedSignInSource s_other = new("other", "(other sources)", null);

    private readonly Lazy<IAuditSink?> _sink = new(services.GetService<IAuditSink>);
    private readonly Lock _lock = new();
    private Dictionary<FailedSignInSource, int> _counts = [];
    private DateTimeOffset _windowStart = time.GetUtcNow();

    /// <summary>Counts one refused sign-in; stores it when it is its source's first in the window.</summary>
    public async Task RecordAsync(FailedSignInSource source)
    {
        Dictionary<FailedSignInSource, int>? closed = null;
        DateTimeOffset closedStart = default;
        var first = false;
        lock (_lock)
        {
            var now = time.GetUtcNow();
            if (now - _windowStart >= Window)
            {
                (closed, closedStart) = (_counts, _windowStart);
                (_counts, _windowStart) = ([], now);
            }

            if (!_counts.ContainsKey(source) && _counts.Count >= MaxSources)
            {
                source = s_other;
            }

            _counts[source] = _counts.TryGetValue(source, out var count) ? count + 1 : 1;
            first = _counts[source] == 1;
        }

        if (closed is not null)
        {
            await WriteSummariesAsync(closed, closedStart);
        }

        if (first)
        {
            await WriteAsync(source, 1, "first in window");
        }
    }

    /// <summary>Closes the window when it is over and stores its summaries (called by the flusher, once per window).</summary>
    public async Task FlushIfDueAsync()
    {
        Dictionary<FailedSignInSource, int> closed;
        DateTimeOffset closedStart;
        lock (_lock)
        {
            var now = time.GetUtcNow();
            if (now - _windowStart < Window)
            {
                return;
            }

            (closed, closedStart) = (_counts, _windowStart);
            (_counts, _windowStart) = ([], now);
        }

        await WriteSummariesAsync(closed, closedStart);
    }

    private async Task WriteSummariesAsync(Dictionary<FailedSignInSource, int> closed, DateTimeOffset windowStart)
    {
        foreach (var (source, count) in closed.Where(c => c.Value > 1))
        {
            await WriteAsync(source, count - 1, "further in window from " + windowStart.ToString("O", CultureInfo.InvariantCulture));
        }
    }

    private async Task WriteAsync(FailedSignInSource source, int count, string what)
    {
        if (_sink.Value is not { } sink)
        {
            return;
        }

        var detail = $"interaction=authentication; status=401; reason={source.Reason}; claimed-issuer={source.ClaimedIssuer ?? "none"}; "
            + $"claimed-organisation={source.ClaimedOrganisation ?? "none"}; count={count.ToString(CultureInfo.InvariantCulture)} ({what})";
        try
        {
            await sink.WriteAsync(new AuditRecord(time.GetUtcNow(), AuditAction.AccessDenied, AuditOutcome.MinorFailure, Agent, Agent,
                null, null, null, null, null, Detail: detail), CancellationToken.None);
        }
        catch (Exception exception) when (exception is DbException or InvalidOperationException or TimeoutException)
        {
            // The request log already has the 401; only the searchable copy is lost.
            Log.FailedSignInAuditFailed(logger, exception);
        }
    }
}

/// <summary>Where refused sign-ins come from, as far as can be told without trusting the token: why it was refused, and
/// the issuer and organisation it claims (printable, cut short).</summary>
internal sealed record FailedSignInSource(string Reason, string? ClaimedIssuer, string? ClaimedOrganisation);
