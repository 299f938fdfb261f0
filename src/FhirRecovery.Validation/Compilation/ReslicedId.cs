namespace FhirRecovery.Validation.Compilation;

/// <summary>What a slice's element id slices: "X.component:a" slices "X.component"; a re-slice "X.component:a/b"
/// slices the slice "X.component:a" (and "a/b/c" slices "a/b"), so re-slices compile as the slicing of their
/// parent slice and are judged among the items that slice holds.</summary>
internal static class ReslicedId
{
    public static string BaseOf(string id, string lastSegment, int colon)
    {
        var elementEnd = id.Length - lastSegment.Length + colon;
        var slash = lastSegment.LastIndexOf('/');
        return slash > colon ? id[..(id.Length - lastSegment.Length + slash)] : id[..elementEnd];
    }
}
