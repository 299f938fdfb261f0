namespace FhirRecovery.Validation.Compilation;

/// <summary>Splits a discriminator path on dots that are not inside quotes or parentheses
/// ("extension('http://a.b/c').value" is two segments).</summary>
internal static class PathSegments
{
    public static IReadOnlyList<string> Split(string path)
    {
        var segments = new List<string>();
        var depth = 0;
        var quoted = false;
        var start = 0;
        for (var i = 0; i < path.Length; i++)
        {
            switch (path[i])
            {
                case '\'':
                    quoted = !quoted;
                    break;
                case '(' when !quoted:
                    depth++;
                    break;
                case ')' when !quoted:
                    depth--;
                    break;
                case '.' when !quoted && depth == 0:
                    segments.Add(path[start..i]);
                    start = i + 1;
                    break;
            }
        }

        segments.Add(path[start..]);
        return segments;
    }
}
