namespace FhirRecovery.Gateway.Definitions;

/// <summary>The configured definitions cannot serve: the message says why, for the start-up log.</summary>
internal sealed class DefinitionsException(string message) : Exception(message);
