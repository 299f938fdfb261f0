using FhirRecovery.Gateway.Audit;
using FhirRecovery.Gateway.Delivery;
using FhirRecovery.Gateway.Errors;
using FhirRecovery.Gateway.Fhir;
using FhirRecovery.Routing.ServiceDirectory;
using Hl7.Fhir.Model;

namespace FhirRecovery.Gateway.Routing;

/// <summary>
/// The operators' view of the routing directory, in the operator route group (the operator role and scope, as for
/// the dead letters): <c>GET /_admin/directory</c> (what is in force, each endpoint's health, the last refused reload)
/// and <c>POST /_admin/directory/$reload</c> (re-read the directory folder now). A reload that finds problems is
/// refused with 422 and one issue per problem; the directory in force does not change.
/// </summary>
internal static class DirectoryAdminEndpoints
{
    public static IEndpointRouteBuilder MapDirectoryAdmin(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/_admin/directory")
            .WithMetadata(OperatorEndpointMetadata.Instance)
            .WithTags(OperatorEndpointMetadata.Tag);
        group.MapGet(string.Empty, (IDirectorySource directory, ReceiverHealthMonitor health) =>
            new FhirResult(StatusCodes.Status200OK, DirectorySummary.From(directory, health))).WithName("directory-read");
        group.MapPost("/$reload", Reload).WithName("directory-reload");
        return endpoints;
    }

    private static async Task<FhirResult> Reload(HttpContext context, IDirectorySource directory, ReceiverHealthMonitor health,
        DirectoryReloadAudit audit, ILogger<DirectoryReloadRequest> logger)
    {
        if (directory is not FileDirectorySource file)
        {
            return new FhirResult(StatusCodes.Status501NotImplemented, Outcomes.Error(OperationOutcome.IssueType.NotSupported,
                "This gateway's directory is not read from files; there is nothing to reload."));
        }

        var operatorId = SenderIdentity.Of(context);
        var result = await audit.ReloadAsOperatorAsync(operatorId, file.Reload);
        if (!result.Succeeded)
        {
            Log.DirectoryReloadRefused(logger, operatorId, result.Problems.Length);
            var outcome = new OperationOutcome();
            foreach (var problem in result.Problems)
            {
                outcome.Issue.Add(new OperationOutcome.IssueComponent
                {
                    Severity = OperationOutcome.IssueSeverity.Error,
                    Code = OperationOutcome.IssueType.Invalid,
                    Details = new CodeableConcept { Text = problem.Code },
                    Diagnostics = problem.ToString(),
                });
            }

            outcome.Issue.Add(new OperationOutcome.IssueComponent
            {
                Severity = OperationOutcome.IssueSeverity.Information,
                Code = OperationOutcome.IssueType.Informational,
                Diagnostics = "The directory was not changed: the previous one stays in force.",
            });
            return FhirErrors.InvalidResource(outcome);
        }

        Log.DirectoryReloaded(logger, operatorId, result.Directory.Endpoints.Length);
        return new FhirResult(StatusCodes.Status200OK, DirectorySummary.From(directory, health));
    }
}

/// <summary>The log category of operator-requested directory reloads.</summary>
internal sealed class DirectoryReloadRequest;
