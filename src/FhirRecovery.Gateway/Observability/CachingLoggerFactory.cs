using System.Collections.Concurrent;

namespace FhirRecovery.Gateway.Observability;

/// <summary>
/// Hands out one logger per category. Serilog's logger factory builds a new logger (with its own event-id cache) on
/// every <see cref="CreateLogger"/> call, and ASP.NET Core calls it for every request: authentication handlers are
/// created per request and each asks the factory for its logger. Microsoft's own LoggerFactory caches by category;
/// this restores that. Loggers are thread-safe and stateless per call, so sharing them changes nothing that is logged.
/// </summary>
internal sealed class CachingLoggerFactory(ILoggerFactory inner) : ILoggerFactory
{
    private readonly ConcurrentDictionary<string, ILogger> _loggers = new(StringComparer.Ordinal);

    public ILogger CreateLogger(string categoryName) =>
        _loggers.GetOrAdd(categoryName, static (name, factory) => factory.CreateLogger(name), inner);

    public void AddProvider(ILoggerProvider provider) => inner.AddProvider(provider);

    public void Dispose() => inner.Dispose();

    /// <summary>Wraps the <see cref="ILoggerFactory"/> registered so far (Serilog's) in a <see cref="CachingLoggerFactory"/>.</summary>
    public static void Decorate(IServiceCollection services)
    {
        var registered = services.LastOrDefault(d => d.ServiceType == typeof(ILoggerFactory) && !d.IsKeyedService);
        if (registered is null)
        {
            return;
        }

        Func<IServiceProvider, ILoggerFactory> create = registered switch
        {
            { ImplementationFactory: { } factory } => sp => (ILoggerFactory)factory(sp),
            { ImplementationInstance: ILoggerFactory instance } => _ => instance,
            { ImplementationType: { } type } => sp => (ILoggerFactory)ActivatorUtilities.CreateInstance(sp, type),
            _ => throw new InvalidOperationException("The registered logger factory cannot be decorated."),
        };
        services.Remove(registered);
        services.Add(ServiceDescriptor.Singleton<ILoggerFactory>(sp => new CachingLoggerFactory(create(sp))));
    }
}
