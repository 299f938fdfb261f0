using FhirRecovery.Routing.Audit;
using FhirRecovery.Routing.Outbox;
using FhirRecovery.Routing.ServiceDirectory;
using Microsoft.Extensions.Logging;

namespace FhirRecovery.Routing.Delivery;

/// <summary>
/// Drains the outbox: claims due messages, sends each through the transport, records the result, audits every
/// attempt. The host runs <see cref="RunAsync"/> in a background service; tests call <see cref="ProcessDueAsync"/>.
/// Any number of workers, in one process or many, may share one store.
/// </summary>
public sealed class DeliveryWorker
{
    private readonly IOutboxStore _store;
    private readonly IDeliveryTransport _transport;
    private readonly IDirectorySource _directory;
    private readonly IAuditSink _audit;
    private readonly DeliveryWorkerOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly IReceiverHealth _health;
    private TaskCompletionSource _wake = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public DeliveryWorker(
        IOutboxStore store,
        IDeliveryTransport transport,
        IDirectorySource directory,
        IAuditSink audit,
        DeliveryWorkerOptions options,
        TimeProvider timeProvider,
        ILogger<DeliveryWorker> logger,
        IReceiverHealth? receiverHealth = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _store = store ?? throw new ArgumentNullException(nameof(store));
        _transport = transport ?? throw new ArgumentNullException(nameof(transport));
        _directory = directory ?? throw new ArgumentNullException(nameof(directory));
        _audit = audit ?? throw new ArgumentNullException(nameof(audit));
        _options = options;
        _time = timeProvider ?? throw new ArgumentNullException(nameof(timeProvider));
        _logger = logger ?? throw new ArgumentNullException(nameof(logger));
        _health = receiverHealth ?? NoReceiverHealth.Instance;
    }

    public string WorkerId => _options.WorkerId;

    /// <summary>Cuts the idle wait short, e.g. right after the host accepted a message.</summary>
    public void Wake() => Volatile.Read(ref _wake).TrySetResult();

    /// <summary>Runs until cancelled. Store outages are logged and retried; nothing here ends the loop but cancellation.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            var claimed = 0;
            try
            {
                claimed = await ProcessDueAsync(cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                break;
            }
#pragma warning disable CA1031 // The worker must outlive a database outage: log, wait, try again.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                Log.CycleFailed(_logger, ex, WorkerId);
            }

            if (claimed < _options.BatchSize)
            {
                await IdleAsync(cancellationToken);
            }
        }
    }

    /// <summary>Claims one batch of due messages and delivers them. Returns how many were claimed. Messages for
    /// receivers known to be down are not claimed: they wait, spending no attempt, until the receiver is back.</summary>
    public async Task<int> ProcessDueAsync(CancellationToken cancellationToken)
    {
        var batch = await _store.ClaimDueAsync(WorkerId, _options.BatchSize, _health.KnownDown, cancellationToken);
        if (batch.Count == 0)
        {
            return 0;
        }

        // A batch holds at most one message per (patient, receiver), so parallel sends cannot reorder a patient's messages.
        // Only the sends are bounded: a send slot is free again once the receiver has answered, and the results are
        // recorded meanwhile (their commits are shared with everything else written to the outbox). The next claim
        // waits until every result of this batch is recorded, so a patient's next message still follows a recorded one.
        var recordings = new List<Task>(batch.Count);
        await Parallel.ForEachAsync(
            batch,
            new ParallelOptions { MaxDegreeOfParallelism = _options.MaxParallelDeliveries, CancellationToken = cancellationToken },
            async (message, token) =>
            {
                var recording = await DeliverAsync(message, token);
                lock (recordings)
                {
                    recordings.Add(recording);
                }
            });
        await Task.WhenAll(recordings);
        return batch.Count;
    }

    /// <summary>Sends one message; returns the recording of its result, still running.</summary>
    private async Task<Task> DeliverAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var endpoint = _directory.Current.FindEndpoint(message.ReceiverEndpointId);
        var result = endpoint is { Active: true }
            ? await SendAsync(message, endpoint, cancellationToken)
            : new DeliveryAttemptResult.TransientFailure($"Endpoint {message.ReceiverEndpointId} is not an active endpoint in the routing directory.");
        return result switch
        {
            DeliveryAttemptResult.Delivered delivered => RecordDeliveredAsync(message, endpoint!, delivered, cancellationToken),
            DeliveryAttemptResult.TransientFailure transient => RecordFailureAsync(message, endpoint, transient.Error, permanent: false, cancellationToken),
            DeliveryAttemptResult.PermanentFailure permanent => RecordFailureAsync(message, endpoint, permanent.Error, permanent: true, cancellationToken),
            _ => throw new InvalidOperationException($"Unknown delivery result {result.GetType().Name}."),
        };
    }

    private async Task<DeliveryAttemptResult> SendAsync(OutboxMessage message, DirectoryEndpoint endpoint, CancellationToken cancellationToken)
    {
        try
        {
            return await _transport.SendAsync(message, endpoint, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw; // Shutting down: record nothing; the lease expires and another worker takes the message.
        }
#pragma warning disable CA1031 // A transport that throws is treated like a transient failure, never like a crash of the worker.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return new DeliveryAttemptResult.TransientFailure($"{ex.GetType().Name}: {ex.Message}");
        }
    }

    private async Task RecordDeliveredAsync(OutboxMessage message, DirectoryEndpoint endpoint, DeliveryAttemptResult.Delivered delivered, CancellationToken cancellationToken)
    {
        if (!await _store.MarkDeliveredAsync(message, delivered.Status, delivered.Body, cancellationToken))
        {
            Log.LeaseLost(_logger, WorkerId, message.Id);
            return;
        }

        Log.Delivered(_logger, message.Id, endpoint.Id, message.AttemptCount, delivered.Status, message.CorrelationId);
        // Both records join the same group commit (the attempt first): one round trip to the audit store, not two.
        await Task.WhenAll(
            AuditAsync(message, endpoint, AuditAction.DeliveryAttempt, AuditOutcome.Success, null, cancellationToken),
            AuditAsync(message, endpoint, AuditAction.Delivered, AuditOutcome.Success, null, cancellationToken));
    }

    private async Task RecordFailureAsync(OutboxMessage message, DirectoryEndpoint? endpoint, string error, bool permanent, CancellationToken cancellationToken)
    {
        var state = await _store.MarkAttemptFailedAsync(message, error, permanent, cancellationToken);
        if (state is null)
        {
            Log.LeaseLost(_logger, WorkerId, message.Id);
            return;
        }

        var attemptOutcome = permanent ? AuditOutcome.SeriousFailure : AuditOutcome.MinorFailure;
        await AuditAsync(message, endpoint, AuditAction.DeliveryAttempt, attemptOutcome, error, cancellationToken);
        if (state == OutboxState.DeadLettered)
        {
            Log.DeadLettered(_logger, message.Id, message.ReceiverEndpointId, message.AttemptCount, error);
            await AuditAsync(message, endpoint, AuditAction.DeadLettered, AuditOutcome.SeriousFailure, error, cancellationToken);
        }
        else
        {
            Log.AttemptFailed(_logger, message.Id, message.ReceiverEndpointId, message.AttemptCount, state.Value.ToString(), error);
        }
    }

    private async Task AuditAsync(OutboxMessage message, DirectoryEndpoint? endpoint, AuditAction action, AuditOutcome outcome, string? detail, CancellationToken cancellationToken)
    {
        var record = new AuditRecord(
            _time.GetUtcNow(), action, outcome, WorkerId, message.SenderId, message.ReceiverEndpointId, endpoint?.OrganizationId,
            message.Id, message.PayloadKind, message.CorrelationId, message.AttemptCount, detail);
        try
        {
            await _audit.WriteAsync(record, cancellationToken);
        }
#pragma warning disable CA1031 // An audit outage must not undo or block a delivery that already happened.
        catch (Exception ex) when (ex is not OperationCanceledException)
#pragma warning restore CA1031
        {
            Log.AuditFailed(_logger, ex, action.ToString(), message.Id);
        }
    }

    private async Task IdleAsync(CancellationToken cancellationToken)
    {
        var wake = Volatile.Read(ref _wake);
        using var stopDelay = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var delay = Task.Delay(_options.PollInterval, _time, stopDelay.Token);
        await Task.WhenAny(delay, wake.Task);
        await stopDelay.CancelAsync();
        if (wake.Task.IsCompleted)
        {
            Interlocked.CompareExchange(ref _wake, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously), wake);
        }
    }
}
