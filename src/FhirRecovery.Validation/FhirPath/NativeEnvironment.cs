using Hl7.Fhir.Model;

namespace FhirRecovery.Validation.FhirPath;

/// <summary>%resource and %rootResource for one evaluation.</summary>
internal readonly record struct NativeEnvironment(Base? Resource, Base? RootResource);
