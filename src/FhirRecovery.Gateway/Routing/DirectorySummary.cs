using FhirRecovery.Gateway.Delivery;
using FhirRecovery.Routing.ServiceDirectory;
using Hl7.Fhir.Model;

namespace FhirRecovery.Gateway.Routing;

/// <summary>The directory in force as a Parameters for operators: counts, each endpoint with its address, connection
/// type, whether it is active and what its health check last found, and the problems of the last refused reload.</summary>
internal static class DirectorySummary
{
    public static Parameters From(IDirectorySource source, ReceiverHealthMonitor health)
    {
        var directory = source.Current;
        var parameters = new Parameters();
        parameters.Add("organizations", new Integer(directory.Organizations.Length));
        parameters.Add("services", new Integer(directory.Services.Length));
        parameters.Add("endpoints", new Integer(directory.Endpoints.Length));
        foreach (var endpoint in directory.Endpoints)
        {
            var state = health.States.GetValueOrDefault(endpoint.Id);
            var parts = new List<Tuple<string, Base>>
            {
                Tuple.Create<string, Base>("id", new FhirString(endpoint.Id)),
                Tuple.Create<string, Base>("address", new FhirUrl(endpoint.Address.AbsoluteUri)),
                Tuple.Create<string, Base>("connection-type", new Code(endpoint.ConnectionType.ToString())),
                Tuple.Create<string, Base>("active", new FhirBoolean(endpoint.Active)),
                Tuple.Create<string, Base>("health", new Code(StatusCode(state?.Status))),
            };
            if (state is not null)
            {
                parts.Add(Tuple.Create<string, Base>("health-since", new FhirDateTime(state.Since)));
                parts.Add(Tuple.Create<string, Base>("health-checked", new FhirDateTime(state.CheckedAt)));
            }

            if (state?.Problem is { } problem)
            {
                parts.Add(Tuple.Create<string, Base>("health-problem", new FhirString(problem)));
            }

            parameters.Add("endpoint", parts);
        }

        foreach (var problem in source.LastReloadProblems)
        {
            parameters.Add("last-refused-reload-problem", new FhirString(problem.ToString()));
        }

        return parameters;
    }

    private static string StatusCode(ReceiverHealthStatus? status) => status switch
    {
        ReceiverHealthStatus.Up => "up",
        ReceiverHealthStatus.Down => "down",
        _ => "unknown",
    };
}
