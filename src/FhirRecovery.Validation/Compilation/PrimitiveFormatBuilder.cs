using System.Text.RegularExpressions;
using FhirRecovery.Validation.Checks;
using Hl7.Fhir.Model;

namespace FhirRecovery.Validation.Compilation;

/// <summary>On the root of a primitive type's definition, compiles the regex declared on its value element.</summary>
internal sealed class PrimitiveFormatBuilder : IElementCheckBuilder
{
    private const string RegexExtension = "http://hl7.org/fhir/StructureDefinition/regex";
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromMilliseconds(200);

    public void Build(ElementContext context, List<IElementCheck> checks)
    {
        if (!context.IsRoot || context.Structure.Kind != StructureDefinition.StructureDefinitionKind.PrimitiveType)
        {
            return;
        }

        var type = context.Structure.Type ?? "";
        var valueElement = context.Snapshot.FirstOrDefault(e => e.Path == type + ".value");
        var pattern = valueElement?.Type.SelectMany(t => t.Extension).FirstOrDefault(e => e.Url == RegexExtension)?.Value
            is FhirString { Value: { } text } ? text : null;
        pattern = Corrections.CoreCorrections.PrimitiveRegex(type, pattern);
        var kind = type switch
        {
            "boolean" => PrimitiveValueKind.Boolean,
            "integer" => PrimitiveValueKind.Integer,
            "positiveInt" => PrimitiveValueKind.PositiveInteger,
            "unsignedInt" => PrimitiveValueKind.UnsignedInteger,
            "decimal" => PrimitiveValueKind.Decimal,
            _ => PrimitiveValueKind.Text,
        };

        // Anchored with \z: the regex must match the whole value, not a part of it, and not leave a trailing newline.
        var regex = pattern is null ? null : new Regex("^(?:" + pattern + ")\\z", RegexOptions.CultureInvariant | RegexOptions.Compiled, MatchTimeout);
        checks.Add(new PrimitiveFormatCheck(type, regex, kind, pattern is null ? null : PrimitivePatterns.For(pattern)));
    }
}
