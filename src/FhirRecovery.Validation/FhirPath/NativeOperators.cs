namespace FhirRecovery.Validation.FhirPath;

/// <summary>The binary operators of the native FHIRPath subset, with FHIRPath's three-valued logic.</summary>
internal static class NativeOperators
{
    public static NativeExpression Binary(string op, NativeExpression left, NativeExpression right) => op switch
    {
        "=" => (input, env) => NativeCollection.Bool(NativeValues.AreEqual(left(input, env), right(input, env))),
        "!=" => (input, env) => NativeCollection.Bool(!NativeValues.AreEqual(left(input, env), right(input, env))),
        "<" => (input, env) => NativeValues.Compare(left(input, env), right(input, env)) is { } c ? NativeCollection.Bool(c < 0) : NativeCollection.Empty,
        "<=" => (input, env) => NativeValues.Compare(left(input, env), right(input, env)) is { } c ? NativeCollection.Bool(c <= 0) : NativeCollection.Empty,
        ">" => (input, env) => NativeValues.Compare(left(input, env), right(input, env)) is { } c ? NativeCollection.Bool(c > 0) : NativeCollection.Empty,
        ">=" => (input, env) => NativeValues.Compare(left(input, env), right(input, env)) is { } c ? NativeCollection.Bool(c >= 0) : NativeCollection.Empty,
        "and" => (input, env) =>
        {
            var a = NativeValues.AsBoolean(left(input, env));
            if (a == false)
            {
                return NativeCollection.False;
            }

            var b = NativeValues.AsBoolean(right(input, env));
            return b == false ? NativeCollection.False : a == true && b == true ? NativeCollection.True : NativeCollection.Empty;
        },
        "or" => (input, env) =>
        {
            var a = NativeValues.AsBoolean(left(input, env));
            if (a == true)
            {
                return NativeCollection.True;
            }

            var b = NativeValues.AsBoolean(right(input, env));
            return b == true ? NativeCollection.True : a == false && b == false ? NativeCollection.False : NativeCollection.Empty;
        },
        "xor" => (input, env) =>
        {
            var a = NativeValues.AsBoolean(left(input, env));
            var b = NativeValues.AsBoolean(right(input, env));
            return a is null || b is null ? NativeCollection.Empty : NativeCollection.Bool(a != b);
        },
        "implies" => (input, env) =>
        {
            var a = NativeValues.AsBoolean(left(input, env));
            if (a == false)
            {
                return NativeCollection.True;
            }

            var b = NativeValues.AsBoolean(right(input, env));
            return b == true ? NativeCollection.True : a == true && b == false ? NativeCollection.False : NativeCollection.Empty;
        },
        "+" => Arithmetic(left, right, static (a, b) => a + b),
        "-" => Arithmetic(left, right, static (a, b) => a - b),
        "*" => Arithmetic(left, right, static (a, b) => a * b),
        "mod" => Arithmetic(left, right, static (a, b) => b == 0 ? null : a % b),
        "div" => Arithmetic(left, right, static (a, b) => b == 0 ? null : Math.Truncate(a / b)),
        _ => throw new NotSupportedException(op),
    };

    private static NativeExpression Arithmetic(NativeExpression left, NativeExpression right, Func<decimal, decimal, decimal?> operation) => (input, env) =>
    {
        var a = left(input, env);
        var b = right(input, env);
        if (a.Count == 0 || b.Count == 0)
        {
            return NativeCollection.Empty;
        }

        return a.Count == 1 && b.Count == 1 && NativeValues.System(a[0]) is { Kind: SystemValueKind.Decimal } x
            && NativeValues.System(b[0]) is { Kind: SystemValueKind.Decimal } y
            ? operation(x.Number, y.Number) is { } result ? NativeCollection.Of(result) : NativeCollection.Empty
            : throw new NativeFallbackException("arithmetic on other than numbers");
    };
}
