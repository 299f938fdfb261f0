using System.Globalization;
using FhirRecovery.Routing.Audit;
using FhirRecovery.Routing.ServiceDirectory;

namespace FhirRecovery.Gateway.Routing;

/// <summary>
/// An AuditEvent for every reload of the routing directory, taken or refused: the directory decides which organisation
/// receives what, so operators must be able to see when it changed and who changed it. The agent is the operator
/// for <c>POST /_admin/directory/$reload</c>, else <see cref="FileChangeAgent"/>; either is also the record's sender,
/// so <c>GET /AuditEvent?entity=</c> finds it.
/// </summary>
internal sealed class DirectoryReloadAudit : IHostedService
{
    public const string FileChangeAgent = "directory-file-change";

    private readonly AsyncLocal<string?> _operator = new();
    private readonly IDirectorySource _directory;
    private readonly IAuditSink _audit;
    private readonly TimeProvider _time;
    private readonly ILogger<DirectoryReloadAudit> _logger;
    private readonly Lock _pendingLock = new();
    private Task _pending = Task.CompletedTask;

    public DirectoryReloadAudit(IDirectorySource directory, IAuditSink audit, TimeProvider time, ILogger<DirectoryReloadAudit> logger)
    {
        _directory = directory;
        _audit = audit;
        _time = time;
        _logger = logger;
    }

    /// <summary>Runs an operator's reload, so that its AuditEvent names the operator; completes once that is written.</summary>
    public async Task<DirectoryLoadResult> ReloadAsOperatorAsync(string operatorId, Func<DirectoryLoadResult> reload)
    {
        ArgumentNullException.ThrowIfNull(reload);
        _operator.Value = operatorId;
        try
        {
            var result = reload();
            await PendingAsync();
            return result;
        }
        finally
        {
            _operator.Value = null;
        }
    }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _directory.Reloaded += OnReloaded;
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        _directory.Reloaded -= OnReloaded;
        await PendingAsync();
    }

    private void OnReloaded(object? sender, DirectoryReloadedEventArgs e)
    {
        var agent = _operator.Value ?? FileChangeAgent;
        var detail = e.Accepted
            ? string.Create(CultureInfo.InvariantCulture, $"Directory reloaded: {e.Current.Organizations.Length} organisations, {e.Current.Endpoints.Length} endpoints.")
            : string.Create(CultureInfo.InvariantCulture, $"Reload refused with {e.Problems.Length} problems; the previous directory stays in force.");
        var record = new AuditRecord(_time.GetUtcNow(), AuditAction.DirectoryReloaded, e.Accepted ? AuditOutcome.Success : AuditOutcome.MinorFailure,
            agent, agent, null, null, null, "RoutingDirectory", null, Detail: detail);
        lock (_pendingLock)
        {
            _pending = Chain(_pending, record);
        }
    }

    private async Task Chain(Task before, AuditRecord record)
    {
        await before;
        try
        {
            await _audit.WriteAsync(record, CancellationToken.None);
        }
#pragma warning disable CA1031 // The reload has happened; a failing audit store is logged, it does not undo it.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            Log.DirectoryReloadAuditFailed(_logger, exception);
        }
    }

    private Task PendingAsync()
    {
        lock (_pendingLock)
        {
            return _pending;
        }
    }
}
