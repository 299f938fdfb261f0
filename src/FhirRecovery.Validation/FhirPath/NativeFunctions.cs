using System.Collections;
using System.Globalization;
using System.Text.RegularExpressions;
using Hl7.Fhir.Model;
using Hl7.FhirPath.Expressions;

namespace FhirRecovery.Validation.FhirPath;

/// <summary>
/// The functions of the native FHIRPath subset. where(...) followed by exists(), empty(), count() or all(...)
/// (and exists(criteria)) is fused: the items that pass are counted or tested where they are, never gathered
/// into a list. Every item's criteria is still evaluated, in order, as where() does, so a case the subset does
/// not implement falls back to the SDK exactly as before.
/// </summary>
internal static class NativeFunctions
{
    public static NativeExpression Compile(FunctionCallExpression call)
    {
        var arguments = call.Arguments.ToList();
        if (call.Focus is FunctionCallExpression { FunctionName: "where" } where && where.Arguments.Count() == 1
            && (call.FunctionName, arguments.Count) is ("exists", 0) or ("empty", 0) or ("count", 0) or ("all", 1))
        {
            var source = NativeFhirPathCompiler.Compile(where.Focus);
            var criteria = NativeFhirPathCompiler.Compile(where.Arguments.Single());
            return call.FunctionName switch
            {
                "exists" => (input, env) => NativeCollection.Bool(NativeFilter.CountMatches(source(input, env), criteria, env) > 0),
                "empty" => (input, env) => NativeCollection.Bool(NativeFilter.CountMatches(source(input, env), criteria, env) == 0),
                "count" => (input, env) => NativeValues.Number(NativeFilter.CountMatches(source(input, env), criteria, env)),
                _ => NativeFilter.WhereAll(source, criteria, NativeFhirPathCompiler.Compile(arguments[0])),
            };
        }

        var focus = NativeFhirPathCompiler.Compile(call.Focus);
        return (call.FunctionName, arguments.Count) switch
        {
            ("where", 1) => NativeFilter.Where(focus, NativeFhirPathCompiler.Compile(arguments[0])),
            ("all", 1) => NativeFilter.All(focus, NativeFhirPathCompiler.Compile(arguments[0])),
            ("exists", 0) => (input, env) => NativeCollection.Bool(focus(input, env).Count > 0),
            ("exists", 1) => ExistsWhere(focus, NativeFhirPathCompiler.Compile(arguments[0])),
            ("empty", 0) => (input, env) => NativeCollection.Bool(focus(input, env).Count == 0),
            ("not", 0) => (input, env) => NativeValues.AsBoolean(focus(input, env)) is { } b ? NativeCollection.Bool(!b) : NativeCollection.Empty,
            ("count", 0) => (input, env) => NativeValues.Number(focus(input, env).Count),
            ("first", 0) => (input, env) => focus(input, env) is { Count: > 0 } items ? NativeCollection.Of(items[0]) : NativeCollection.Empty,
            ("hasValue", 0) => (input, env) => focus(input, env) is { Count: 1 } items
                ? NativeCollection.Bool(items[0] is PrimitiveType { JsonValue: not null }) : NativeCollection.False,
            ("startsWith", 1) => StringTest(focus, NativeFhirPathCompiler.Compile(arguments[0]), static (s, a) => s.StartsWith(a, StringComparison.Ordinal)),
            ("endsWith", 1) => StringTest(focus, NativeFhirPathCompiler.Compile(arguments[0]), static (s, a) => s.EndsWith(a, StringComparison.Ordinal)),
            ("contains", 1) => StringTest(focus, NativeFhirPathCompiler.Compile(arguments[0]), static (s, a) => s.Contains(a, StringComparison.Ordinal)),
            ("matches", 1) when arguments[0] is ConstantExpression { Value: string pattern } and not IdentifierExpression => Matches(focus, pattern),
            ("ofType", 1) when arguments[0] is IdentifierExpression { Value: string type } => OfType(focus, type),
            ("is", 1) when arguments[0] is IdentifierExpression { Value: string type } => (input, env) =>
                focus(input, env) is { Count: 1 } items ? NativeCollection.Bool(items[0] is Base b && b.TypeName == type) : NativeCollection.Empty,
            ("extension", 1) when arguments[0] is ConstantExpression { Value: string url } and not IdentifierExpression => Extension(focus, url),
            ("substring", 2) => Substring(focus, NativeFhirPathCompiler.Compile(arguments[0]), NativeFhirPathCompiler.Compile(arguments[1])),
            ("toInteger", 0) => ToInteger(focus),
            ("length", 0) => (input, env) => focus(input, env) is { Count: > 0 } items ? NativeValues.Number(NativeValues.SingleString(items).Length) : NativeCollection.Empty,
            ("isDistinct", 0) => IsDistinct(focus),
            _ => throw new NotSupportedException(call.FunctionName),
        };
    }

    private static NativeExpression ExistsWhere(NativeExpression focus, NativeExpression criteria) =>
        (input, env) => NativeCollection.Bool(NativeFilter.CountMatches(focus(input, env), criteria, env) > 0);

    private static NativeExpression StringTest(NativeExpression focus, NativeExpression argument, Func<string, string, bool> test) => (input, env) =>
    {
        var items = focus(input, env);
        var argumentItems = argument(input, env);
        return items.Count == 0 || argumentItems.Count == 0 ? NativeCollection.Empty
            : NativeCollection.Bool(test(NativeValues.SingleString(items), NativeValues.SingleString(argumentItems)));
    };

    private static NativeExpression Matches(NativeExpression focus, string pattern)
    {
        var regex = new Regex(pattern, RegexOptions.CultureInvariant | RegexOptions.Singleline, TimeSpan.FromMilliseconds(200));
        return (input, env) => focus(input, env) is { Count: > 0 } items ? NativeCollection.Bool(regex.IsMatch(NativeValues.SingleString(items))) : NativeCollection.Empty;
    }

    private static NativeExpression OfType(NativeExpression focus, string type) => (input, env) =>
    {
        var items = focus(input, env);
        var result = new NativeCollectionBuilder();
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is not Base node)
            {
                throw new NativeFallbackException("ofType on a system value");
            }

            if (node.TypeName == type)
            {
                result.Add(node);
            }
        }

        return result.ToCollection();
    };

    private static NativeExpression Extension(NativeExpression focus, string url) => (input, env) =>
    {
        var items = focus(input, env);
        var result = new NativeCollectionBuilder();
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is Base node && node.TryGetValue("extension", out var extensions) && extensions is IList list)
            {
                for (var e = 0; e < list.Count; e++)
                {
                    if (list[e] is Extension { Url: { } candidate } found && candidate == url)
                    {
                        result.Add(found);
                    }
                }
            }
        }

        return result.ToCollection();
    };

    private static NativeExpression Substring(NativeExpression focus, NativeExpression start, NativeExpression length) => (input, env) =>
    {
        var items = focus(input, env);
        if (items.Count == 0)
        {
            return NativeCollection.Empty;
        }

        var text = NativeValues.SingleString(items);
        var from = WholeNumber(start(input, env));
        var count = WholeNumber(length(input, env));
        if (from is not { } f || count is not { } c)
        {
            throw new NativeFallbackException("substring arguments");
        }

        if (f < 0 || f >= text.Length)
        {
            return NativeCollection.Empty;
        }

        var take = (int)Math.Max(0, Math.Min(c, text.Length - f));
        return NativeCollection.Of(text.Substring((int)f, take));
    };

    /// <summary>The single decimal of a collection when it is a whole number; null otherwise.</summary>
    private static decimal? WholeNumber(NativeCollection items) =>
        items.Count == 1 && items[0] is decimal d && d == Math.Floor(d) ? d : null;

    private static NativeExpression ToInteger(NativeExpression focus) => (input, env) =>
    {
        var items = focus(input, env);
        if (items.Count == 0)
        {
            return NativeCollection.Empty;
        }

        var value = NativeValues.System(items[0]);
        if (items.Count > 1)
        {
            throw new NativeFallbackException("toInteger of a collection");
        }

        return value.Kind switch
        {
            SystemValueKind.Decimal when value.Number == Math.Floor(value.Number) => NativeCollection.Of(value.Number),
            SystemValueKind.String when Regex.IsMatch(value.Text!, "^[+-]?[0-9]+$")
                && decimal.TryParse(value.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed) => NativeCollection.Of(parsed),
            SystemValueKind.Boolean => NativeValues.Number(value.Boolean ? 1 : 0),
            _ => NativeCollection.Empty,
        };
    };

    private static NativeExpression IsDistinct(NativeExpression focus) => (input, env) =>
    {
        var items = focus(input, env);
        var seen = new HashSet<object>();
        for (var i = 0; i < items.Count; i++)
        {
            var value = NativeValues.System(items[i]);
            if (value.Kind == SystemValueKind.Complex)
            {
                throw new NativeFallbackException("isDistinct of complex values");
            }

            if (!seen.Add(value.Boxed))
            {
                return NativeCollection.False;
            }
        }

        return NativeCollection.True;
    };
}
