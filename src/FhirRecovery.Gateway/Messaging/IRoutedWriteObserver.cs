namespace FhirRecovery.Gateway.Messaging;

/// <summary>
/// Told about every routed write as it leaves the sender's hands: once accepted into the outbox (queued, or held for a
/// mailbox), or just before a synchronous forward (so that what it records is there before the receiver, or the
/// sender, can act on the answer). A synchronous forward that then gets no 2xx is reported through
/// <see cref="OnForwardFailedAsync"/>, to undo. Pathways use it to remember what they need later (e.g. who referred
/// whom, so the receiver's Task updates find their way back). An observer cannot refuse; a failing one is logged.
/// </summary>
internal interface IRoutedWriteObserver
{
    Task OnRoutedAsync(HttpContext context, RoutedWrite write, CancellationToken cancellationToken);

    Task OnForwardFailedAsync(HttpContext context, RoutedWrite write, CancellationToken cancellationToken);
}
