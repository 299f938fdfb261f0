namespace FhirRecovery.Routing.ServiceDirectory;

/// <summary>An area a service covers, such as a prison release area.</summary>
public sealed record DirectoryLocation(string Id, string Name);
