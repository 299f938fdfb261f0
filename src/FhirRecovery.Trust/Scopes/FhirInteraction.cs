namespace FhirRecovery.Trust.Scopes;

/// <summary>The interactions SMART v2 scopes grant: create, read, update, delete, search (c r u d s).</summary>
[Flags]
public enum FhirInteraction
{
    None = 0,
    Create = 1,
    Read = 2,
    Update = 4,
    Delete = 8,
    Search = 16,
    All = Create | Read | Update | Delete | Search,
}
