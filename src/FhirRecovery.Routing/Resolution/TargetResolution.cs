using System.Collections.Immutable;
using FhirRecovery.Routing.ServiceDirectory;
using Hl7.Fhir.Model;

namespace FhirRecovery.Routing.Resolution;

/// <summary>
/// The answer to "where does this go?", as a value. The host turns a failure into an OperationOutcome with
/// <see cref="HttpStatus"/> and <see cref="IssueType"/> in one place.
/// </summary>
public abstract record TargetResolution
{
    private TargetResolution()
    {
    }

    /// <summary>The HTTP status the host answers with when resolution fails (200 for <see cref="Resolved"/>).</summary>
    public abstract int HttpStatus { get; }

    /// <summary>The OperationOutcome issue type for a failure.</summary>
    public abstract OperationOutcome.IssueType IssueType { get; }

    /// <summary>One endpoint per destination, never empty, never containing the same endpoint twice.</summary>
    public sealed record Resolved(ImmutableArray<DirectoryEndpoint> Endpoints) : TargetResolution
    {
        public override int HttpStatus => 200;

        public override OperationOutcome.IssueType IssueType => OperationOutcome.IssueType.Informational;
    }

    /// <summary>The target could not be read (bad base64, bad JSON, unsupported identifier system, no destination): 400.</summary>
    public sealed record BadTarget(string Reason) : TargetResolution
    {
        public override int HttpStatus => 400;

        public override OperationOutcome.IssueType IssueType => OperationOutcome.IssueType.Invalid;
    }

    /// <summary>The target was understood but nothing in the directory matches it: 404 not-found.</summary>
    public sealed record NotFound(string Reason) : TargetResolution
    {
        public override int HttpStatus => 404;

        public override OperationOutcome.IssueType IssueType => OperationOutcome.IssueType.NotFound;
    }

    /// <summary>The target matches several endpoints and nothing narrows it to one: 404 multiple-matches.</summary>
    public sealed record MultipleMatches(string Reason, ImmutableArray<DirectoryEndpoint> Candidates) : TargetResolution
    {
        public override int HttpStatus => 404;

        public override OperationOutcome.IssueType IssueType => OperationOutcome.IssueType.MultipleMatches;
    }
}
