namespace FhirRecovery.Validation.Reading;

/// <summary>One step of a FHIRPath location: a name part (".gender", or the root type) or an index (Index &gt;= 0).</summary>
internal readonly record struct PathSegment(string? Name, int Index);
