namespace FhirRecovery.Routing.Resolution;

/// <summary>An identifier naming a receiver: an ODS code or a HealthcareService identifier.</summary>
public readonly record struct TargetIdentifier(string System, string Value);
