namespace FhirRecovery.Trust.Scopes;

/// <summary>The scopes granted by one access token; the scope claim is space-separated.</summary>
public sealed class SmartScopeSet
{
    private readonly IReadOnlyList<SmartScope> _scopes;

    private SmartScopeSet(IReadOnlyList<SmartScope> scopes) => _scopes = scopes;

    public static SmartScopeSet Empty { get; } = new([]);

    public IReadOnlyList<SmartScope> Scopes => _scopes;

    /// <summary>Reads every scope claim value; scopes that are not SMART system scopes are ignored.</summary>
    public static SmartScopeSet Parse(IEnumerable<string> scopeClaims)
    {
        var scopes = new List<SmartScope>();
        foreach (var claim in scopeClaims)
        {
            foreach (var text in claim.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (SmartScope.TryParse(text, out var scope))
                {
                    scopes.Add(scope);
                }
            }
        }

        return new SmartScopeSet(scopes);
    }

    public bool Allows(string resourceType, FhirInteraction interaction) =>
        _scopes.Any(s => s.Allows(resourceType, interaction));

    /// <summary>The scope a client would need, for the message of a 403.</summary>
    public static string Required(string resourceType, FhirInteraction interaction) =>
        $"system/{resourceType}.{interaction switch
        {
            FhirInteraction.Create => "c",
            FhirInteraction.Read => "r",
            FhirInteraction.Update => "u",
            FhirInteraction.Delete => "d",
            FhirInteraction.Search => "s",
            _ => "cruds",
        }}";
}
