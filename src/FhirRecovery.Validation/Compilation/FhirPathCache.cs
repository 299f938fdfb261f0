using System.Collections.Concurrent;
using Hl7.Fhir.FhirPath;
using Hl7.FhirPath;

namespace FhirRecovery.Validation.Compilation;

/// <summary>Compiled FHIRPath expressions by text, shared by every structure (the same invariant, such as
/// ext-1 or dom-2, appears in hundreds of definitions and is compiled once).</summary>
internal static class FhirPathCache
{
    private static readonly ConcurrentDictionary<string, Lazy<CompiledExpression>> Compiled = new(StringComparer.Ordinal);
    private static readonly FhirPathCompiler Compiler = CreateCompiler();

    /// <summary>Compiles (once) the expression; throws <see cref="FormatException"/> when it does not parse.</summary>
    public static CompiledExpression Get(string expression) =>
        Compiled.GetOrAdd(expression, e => new Lazy<CompiledExpression>(() => Compiler.Compile(e))).Value;

    private static FhirPathCompiler CreateCompiler()
    {
        // Registers the FHIR-specific functions (resolve, memberOf, htmlChecks, extension...) in the default table.
        ElementNavFhirExtensions.PrepareFhirSymbolTableFunctions();
        return new FhirPathCompiler();
    }
}
