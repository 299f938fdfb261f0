using System.Collections;
using Hl7.Fhir.Model;
using Hl7.FhirPath;
using Hl7.FhirPath.Expressions;
using Expression = Hl7.FhirPath.Expressions.Expression;

namespace FhirRecovery.Validation.FhirPath;

/// <summary>
/// Compiles the subset of FHIRPath that invariants mostly use (navigation, where/all/exists/empty/not/count/
/// first, =, !=, and/or/xor/implies, comparisons of numbers and strings, string tests, %resource) into
/// delegates over the POCOs, because the SDK's engine allocates hundreds of KB for an expression that iterates
/// a few dozen elements. Collections pass between steps as <see cref="NativeCollection"/> (one item inline, a
/// POCO's own list unchanged), so an invariant over a resource allocates next to nothing. Returns null for
/// anything outside the subset; at run time, a case it does not implement throws <see cref="NativeFallbackException"/>
/// and the SDK evaluates instead. Agreement with the SDK is tested on the implementation guide's examples and
/// counter-examples.
/// </summary>
internal static class NativeFhirPathCompiler
{
    private static readonly FhirPathCompiler Parser = new();
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, NativeExpression?> Cache = new(StringComparer.Ordinal);

    public static NativeExpression? TryCompile(string expression) => Cache.GetOrAdd(expression, Build);

    private static NativeExpression? Build(string expression)
    {
        try
        {
            return Compile(Parser.Parse(expression));
        }
        catch (Exception e) when (e is FormatException or NotSupportedException)
        {
            return null;
        }
    }

    public static NativeExpression Compile(Expression expression) => expression switch
    {
        IdentifierExpression => throw new NotSupportedException("type identifier outside ofType/is"),
        ConstantExpression { Unit: null, Value: string or bool or int or long or decimal } constant => Constant(constant.Value),
        AxisExpression { AxisName: "that" or "this" } => static (focus, _) => focus,
        VariableRefExpression { Name: "resource" } => static (_, env) => env.Resource is null ? NativeCollection.Empty : NativeCollection.Of(env.Resource),
        VariableRefExpression { Name: "rootResource" } => static (_, env) => env.RootResource is null ? NativeCollection.Empty : NativeCollection.Of(env.RootResource),
        BracketExpression bracket => Compile(bracket.Operand),
        ChildExpression child => Child(Compile(child.Focus), child.ChildName),
        IndexerExpression indexer => Indexer(Compile(indexer.Focus), Compile(indexer.Index)),
        BinaryExpression binary => NativeOperators.Binary(binary.Op, Compile(binary.Arguments.First()), Compile(binary.Arguments.Last())),
        FunctionCallExpression call => NativeFunctions.Compile(call),
        _ => throw new NotSupportedException(expression.GetType().Name),
    };

    private static NativeExpression Constant(object value)
    {
        var result = NativeCollection.Of(value switch
        {
            int i => (decimal)i,
            long l => (decimal)l,
            bool b => b ? NativeCollection.True[0] : NativeCollection.False[0],
            _ => value,
        });
        return (_, _) => result;
    }

    private static NativeExpression Child(NativeExpression focus, string name)
    {
        // "Observation.code": a type name as first step selects the focus when it is of that type.
        var isTypeName = char.IsAsciiLetterUpper(name[0]);
        return (input, env) =>
        {
            var items = focus(input, env);
            // One focus with a repeating child (component, coding): hand back the POCO's own list, read-only here
            // (IReadOnlyList is covariant), instead of copying it; invariants walk such lists for every item.
            if (items.Count == 1 && !isTypeName && items[0] is Base only and not PrimitiveType
                && only.TryGetValue(name, out var direct) && direct is IReadOnlyList<Base> own && !ContainsNull(own))
            {
                return NativeCollection.Of(own);
            }

            var result = new NativeCollectionBuilder();
            for (var i = 0; i < items.Count; i++)
            {
                if (items[i] is Base node)
                {
                    AddChildren(node, name, isTypeName, ref result);
                }
            }

            return result.ToCollection();
        };
    }

    private static void AddChildren(Base node, string name, bool isTypeName, ref NativeCollectionBuilder result)
    {
        if (isTypeName)
        {
            if (node.TypeName == name)
            {
                result.Add(node);
            }

            return;
        }

        if (node is PrimitiveType && name is "value")
        {
            throw new NativeFallbackException("value of a primitive");
        }

        if (node.TryGetValue(name, out var child))
        {
            switch (child)
            {
                case IList list:
                    for (var e = 0; e < list.Count; e++)
                    {
                        if (list[e] is { } element)
                        {
                            result.Add(element);
                        }
                    }

                    break;
                case Base single:
                    result.Add(single);
                    break;
                case null:
                    break;
                default:
                    throw new NativeFallbackException("raw child value"); // e.g. element id as plain string
            }
        }
    }

    private static NativeExpression Indexer(NativeExpression focus, NativeExpression index) => (input, env) =>
    {
        var items = focus(input, env);
        var position = index(input, env);
        return position.Count == 1 && position[0] is decimal p && p >= 0 && p < items.Count && p == Math.Floor(p)
            ? NativeCollection.Of(items[(int)p]) : NativeCollection.Empty;
    };

    private static bool ContainsNull(IReadOnlyList<Base> items)
    {
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is null)
            {
                return true;
            }
        }

        return false;
    }
}
