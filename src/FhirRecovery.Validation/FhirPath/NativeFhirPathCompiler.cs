using System.Collections;
using System.Text.RegularExpressions;
using Hl7.Fhir.Model;
using Hl7.FhirPath;
using Hl7.FhirPath.Expressions;
using Expression = Hl7.FhirPath.Expressions.Expression;

namespace FhirRecovery.Validation.FhirPath;

/// <summary>
/// Compiles the subset of FHIRPath that invariants mostly use (navigation, where/all/exists/empty/not/count/
/// first, =, !=, and/or/xor/implies, comparisons of numbers and strings, string tests, %resource) into
/// delegates over the POCOs, because the SDK's engine allocates hundreds of KB for an expression that iterates
/// a few dozen elements. Returns null for anything outside the subset; at run time, a case it does not
/// implement throws <see cref="NativeFallbackException"/> and the SDK evaluates instead. Agreement with the
/// SDK is tested on the implementation guide's examples and counter-examples.
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

    private static NativeExpression Compile(Expression expression) => expression switch
    {
        IdentifierExpression => throw new NotSupportedException("type identifier outside ofType/is"),
        ConstantExpression { Unit: null, Value: string or bool or int or long or decimal } constant => Constant(constant.Value),
        AxisExpression { AxisName: "that" or "this" } => (focus, _) => focus,
        VariableRefExpression { Name: "resource" } => (_, env) => env.Resource is null ? NativeValues.Empty : [env.Resource],
        VariableRefExpression { Name: "rootResource" } => (_, env) => env.RootResource is null ? NativeValues.Empty : [env.RootResource],
        BracketExpression bracket => Compile(bracket.Operand),
        ChildExpression child => Child(Compile(child.Focus), child.ChildName),
        IndexerExpression indexer => Indexer(Compile(indexer.Focus), Compile(indexer.Index)),
        BinaryExpression binary => Binary(binary.Op, Compile(binary.Arguments.First()), Compile(binary.Arguments.Last())),
        FunctionCallExpression call => Function(call),
        _ => throw new NotSupportedException(expression.GetType().Name),
    };

    private static NativeExpression Constant(object value)
    {
        IReadOnlyList<object> result = [value is int i ? (decimal)i : value is long l ? (decimal)l : value];
        return (_, _) => result;
    }

    private static NativeExpression Child(NativeExpression focus, string name) => (input, env) =>
    {
        var items = focus(input, env);
        // One focus with a repeating child (component, coding): hand back the POCO's own list, read-only here
        // (IReadOnlyList is covariant), instead of copying it; invariants walk such lists for every item.
        if (items is [Base only] && char.IsAsciiLetterLower(name[0]) && only is not PrimitiveType
            && only.TryGetValue(name, out var direct) && direct is IReadOnlyList<Base> own && !ContainsNull(own))
        {
            return own;
        }

        var result = new List<object>();
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is not Base node)
            {
                continue;
            }

            // "Observation.code": a type name as first step selects the focus when it is of that type.
            if (char.IsAsciiLetterUpper(name[0]))
            {
                if (node.TypeName == name)
                {
                    result.Add(node);
                }

                continue;
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

        return result;
    };

    private static NativeExpression Indexer(NativeExpression focus, NativeExpression index) => (input, env) =>
    {
        var items = focus(input, env);
        var position = index(input, env);
        return position is [decimal p] && p >= 0 && p < items.Count && p == Math.Floor(p) ? [items[(int)p]] : NativeValues.Empty;
    };

    private static NativeExpression Binary(string op, NativeExpression left, NativeExpression right) => op switch
    {
        "=" => (input, env) => Wrap(NativeValues.AreEqual(left(input, env), right(input, env))),
        "!=" => (input, env) => Wrap(!NativeValues.AreEqual(left(input, env), right(input, env))),
        "<" => (input, env) => NativeValues.Compare(left(input, env), right(input, env)) is { } c ? NativeValues.Bool(c < 0) : NativeValues.Empty,
        "<=" => (input, env) => NativeValues.Compare(left(input, env), right(input, env)) is { } c ? NativeValues.Bool(c <= 0) : NativeValues.Empty,
        ">" => (input, env) => NativeValues.Compare(left(input, env), right(input, env)) is { } c ? NativeValues.Bool(c > 0) : NativeValues.Empty,
        ">=" => (input, env) => NativeValues.Compare(left(input, env), right(input, env)) is { } c ? NativeValues.Bool(c >= 0) : NativeValues.Empty,
        "and" => (input, env) =>
        {
            var a = NativeValues.AsBoolean(left(input, env));
            if (a == false)
            {
                return NativeValues.False;
            }

            var b = NativeValues.AsBoolean(right(input, env));
            return b == false ? NativeValues.False : a == true && b == true ? NativeValues.True : NativeValues.Empty;
        },
        "or" => (input, env) =>
        {
            var a = NativeValues.AsBoolean(left(input, env));
            if (a == true)
            {
                return NativeValues.True;
            }

            var b = NativeValues.AsBoolean(right(input, env));
            return b == true ? NativeValues.True : a == false && b == false ? NativeValues.False : NativeValues.Empty;
        },
        "xor" => (input, env) =>
        {
            var a = NativeValues.AsBoolean(left(input, env));
            var b = NativeValues.AsBoolean(right(input, env));
            return a is null || b is null ? NativeValues.Empty : NativeValues.Bool(a != b);
        },
        "implies" => (input, env) =>
        {
            var a = NativeValues.AsBoolean(left(input, env));
            if (a == false)
            {
                return NativeValues.True;
            }

            var b = NativeValues.AsBoolean(right(input, env));
            return b == true ? NativeValues.True : a == true && b == false ? NativeValues.False : NativeValues.Empty;
        },
        "+" => Arithmetic(left, right, (a, b) => a + b),
        "-" => Arithmetic(left, right, (a, b) => a - b),
        "*" => Arithmetic(left, right, (a, b) => a * b),
        "mod" => Arithmetic(left, right, (a, b) => b == 0 ? null : a % b),
        "div" => Arithmetic(left, right, (a, b) => b == 0 ? null : Math.Truncate(a / b)),
        _ => throw new NotSupportedException(op),
    };

    private static NativeExpression Arithmetic(NativeExpression left, NativeExpression right, Func<decimal, decimal, decimal?> operation) => (input, env) =>
    {
        var a = left(input, env);
        var b = right(input, env);
        if (a.Count == 0 || b.Count == 0)
        {
            return NativeValues.Empty;
        }

        return a.Count == 1 && b.Count == 1 && NativeValues.System(a[0]) is decimal x && NativeValues.System(b[0]) is decimal y
            ? operation(x, y) is { } result ? [result] : NativeValues.Empty
            : throw new NativeFallbackException("arithmetic on other than numbers");
    };

    private static NativeExpression Function(FunctionCallExpression call)
    {
        var focus = Compile(call.Focus);
        var arguments = call.Arguments.ToList();
        return (call.FunctionName, arguments.Count) switch
        {
            ("where", 1) => Where(focus, Compile(arguments[0])),
            ("all", 1) => All(focus, Compile(arguments[0])),
            ("exists", 0) => (input, env) => NativeValues.Bool(focus(input, env).Count > 0),
            ("exists", 1) => Exists(Where(focus, Compile(arguments[0]))),
            ("empty", 0) => (input, env) => NativeValues.Bool(focus(input, env).Count == 0),
            ("not", 0) => (input, env) => NativeValues.AsBoolean(focus(input, env)) is { } b ? NativeValues.Bool(!b) : NativeValues.Empty,
            ("count", 0) => (input, env) => [(decimal)focus(input, env).Count],
            ("first", 0) => (input, env) => focus(input, env) is { Count: > 0 } items ? [items[0]] : NativeValues.Empty,
            ("hasValue", 0) => (input, env) => NativeValues.Bool(focus(input, env) is [PrimitiveType { JsonValue: not null }]),
            ("startsWith", 1) => StringTest(focus, Compile(arguments[0]), (s, a) => s.StartsWith(a, StringComparison.Ordinal)),
            ("endsWith", 1) => StringTest(focus, Compile(arguments[0]), (s, a) => s.EndsWith(a, StringComparison.Ordinal)),
            ("contains", 1) => StringTest(focus, Compile(arguments[0]), (s, a) => s.Contains(a, StringComparison.Ordinal)),
            ("matches", 1) when arguments[0] is ConstantExpression { Value: string pattern } and not IdentifierExpression => Matches(focus, pattern),
            ("ofType", 1) when arguments[0] is IdentifierExpression { Value: string type } => OfType(focus, type),
            ("is", 1) when arguments[0] is IdentifierExpression { Value: string type } => (input, env) =>
                focus(input, env) is { Count: 1 } items ? NativeValues.Bool(items[0] is Base b && b.TypeName == type) : NativeValues.Empty,
            ("extension", 1) when arguments[0] is ConstantExpression { Value: string url } and not IdentifierExpression => Extension(focus, url),
            ("substring", 2) => Substring(focus, Compile(arguments[0]), Compile(arguments[1])),
            ("toInteger", 0) => ToInteger(focus),
            ("length", 0) => (input, env) => focus(input, env) is { Count: > 0 } items ? [(decimal)NativeValues.SingleString(items).Length] : NativeValues.Empty,
            ("isDistinct", 0) => IsDistinct(focus),
            _ => throw new NotSupportedException(call.FunctionName),
        };
    }

    // Loops by index over IReadOnlyList (a foreach would box an enumerator per call). The criteria's result is
    // read before the next item, so one focus array per call is reused for every item.
    private static NativeExpression Where(NativeExpression focus, NativeExpression criteria) => (input, env) =>
    {
        var items = focus(input, env);
        List<object>? result = null;
        var current = new object[1];
        for (var i = 0; i < items.Count; i++)
        {
            current[0] = items[i];
            if (NativeValues.AsBoolean(criteria(current, env)) == true)
            {
                (result ??= []).Add(items[i]);
            }
        }

        return result ?? NativeValues.Empty;
    };

    private static NativeExpression All(NativeExpression focus, NativeExpression criteria) => (input, env) =>
    {
        var items = focus(input, env);
        var current = new object[1];
        for (var i = 0; i < items.Count; i++)
        {
            current[0] = items[i];
            if (NativeValues.AsBoolean(criteria(current, env)) != true)
            {
                return NativeValues.False;
            }
        }

        return NativeValues.True;
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

    private static NativeExpression Exists(NativeExpression filtered) => (input, env) => NativeValues.Bool(filtered(input, env).Count > 0);

    private static NativeExpression StringTest(NativeExpression focus, NativeExpression argument, Func<string, string, bool> test) => (input, env) =>
    {
        var items = focus(input, env);
        var argumentItems = argument(input, env);
        return items.Count == 0 || argumentItems.Count == 0 ? NativeValues.Empty
            : NativeValues.Bool(test(NativeValues.SingleString(items), NativeValues.SingleString(argumentItems)));
    };

    private static NativeExpression Matches(NativeExpression focus, string pattern)
    {
        var regex = new Regex(pattern, RegexOptions.CultureInvariant | RegexOptions.Singleline, TimeSpan.FromMilliseconds(200));
        return (input, env) => focus(input, env) is { Count: > 0 } items ? NativeValues.Bool(regex.IsMatch(NativeValues.SingleString(items))) : NativeValues.Empty;
    }

    private static NativeExpression OfType(NativeExpression focus, string type) => (input, env) =>
    {
        var result = new List<object>();
        foreach (var item in focus(input, env))
        {
            if (item is not Base node)
            {
                throw new NativeFallbackException("ofType on a system value");
            }

            if (node.TypeName == type)
            {
                result.Add(node);
            }
        }

        return result;
    };

    private static NativeExpression Extension(NativeExpression focus, string url) => (input, env) =>
    {
        var result = new List<object>();
        foreach (var item in focus(input, env))
        {
            if (item is Base node && node.TryGetValue("extension", out var extensions) && extensions is IList list)
            {
                foreach (var extension in list)
                {
                    if (extension is Extension { Url: { } candidate } found && candidate == url)
                    {
                        result.Add(found);
                    }
                }
            }
        }

        return result;
    };

    private static NativeExpression Substring(NativeExpression focus, NativeExpression start, NativeExpression length) => (input, env) =>
    {
        var items = focus(input, env);
        if (items.Count == 0)
        {
            return NativeValues.Empty;
        }

        var text = NativeValues.SingleString(items);
        if (start(input, env) is not [decimal from] || length(input, env) is not [decimal count] || from != Math.Floor(from) || count != Math.Floor(count))
        {
            throw new NativeFallbackException("substring arguments");
        }

        if (from < 0 || from >= text.Length)
        {
            return NativeValues.Empty;
        }

        var take = (int)Math.Max(0, Math.Min(count, text.Length - from));
        return [text.Substring((int)from, take)];
    };

    private static NativeExpression ToInteger(NativeExpression focus) => (input, env) =>
    {
        var items = focus(input, env);
        if (items.Count == 0)
        {
            return NativeValues.Empty;
        }

        return NativeValues.System(items[0]) switch
        {
            _ when items.Count > 1 => throw new NativeFallbackException("toInteger of a collection"),
            decimal d when d == Math.Floor(d) => [d],
            string s when System.Text.RegularExpressions.Regex.IsMatch(s, "^[+-]?[0-9]+$") && decimal.TryParse(s, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var parsed) => [parsed],
            bool b => [b ? 1m : 0m],
            _ => NativeValues.Empty,
        };
    };

    private static NativeExpression IsDistinct(NativeExpression focus) => (input, env) =>
    {
        var items = focus(input, env);
        var seen = new HashSet<object>();
        foreach (var item in items)
        {
            var value = NativeValues.System(item);
            if (value is not (string or decimal or bool))
            {
                throw new NativeFallbackException("isDistinct of complex values");
            }

            if (!seen.Add(value))
            {
                return NativeValues.False;
            }
        }

        return NativeValues.True;
    };

    private static IReadOnlyList<object> Wrap(bool? value) => value is { } b ? NativeValues.Bool(b) : NativeValues.Empty;
}
