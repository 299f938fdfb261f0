namespace FhirRecovery.Validation.Reading;

/// <summary>The one JSON token type a FHIR primitive's value takes, by the .NET type of the SDK's value property.</summary>
internal enum PrimitiveJsonKind
{
    /// <summary>A JSON string (string, code, uri, date, dateTime, instant, base64Binary, xhtml, integer64, ...).</summary>
    String,

    /// <summary>A JSON true or false (boolean).</summary>
    Boolean,

    /// <summary>A JSON number read as a .NET decimal (decimal).</summary>
    Decimal,

    /// <summary>A JSON number read as a .NET int (integer, positiveInt, unsignedInt).</summary>
    Integer,
}
