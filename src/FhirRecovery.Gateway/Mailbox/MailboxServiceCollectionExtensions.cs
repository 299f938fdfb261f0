using FhirRecovery.Routing.Outbox;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FhirRecovery.Gateway.Mailbox;

/// <summary>Registers the mailbox: the outbox store seen as a mailbox (both relational stores implement it).</summary>
internal static class MailboxServiceCollectionExtensions
{
    public static IServiceCollection AddMailbox(this IServiceCollection services)
    {
        services.TryAddSingleton<IOutboxMailbox>(sp => sp.GetRequiredService<IOutboxStore>() as IOutboxMailbox
            ?? throw new InvalidOperationException("The configured outbox store cannot hold messages for mailbox receivers."));
        services.TryAddSingleton<MailboxOwner>();
        return services;
    }
}
