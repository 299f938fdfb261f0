namespace FhirRecovery.Validation.FhirPath;

/// <summary>where() and all(), and their fused forms: each item is handed to the criteria as a one-item
/// collection held inline, so iterating allocates nothing.</summary>
internal static class NativeFilter
{
    // WhereAll remembers which items passed in one ulong; longer collections gather them into a list instead.
    private const int MaskedItems = 64;

    public static NativeExpression Where(NativeExpression focus, NativeExpression criteria) =>
        (input, env) => Filter(focus(input, env), criteria, env);

    public static NativeExpression All(NativeExpression focus, NativeExpression criteria) =>
        (input, env) => NativeCollection.Bool(AllPass(focus(input, env), criteria, env));

    /// <summary>How many items pass the criteria; every item is evaluated, as where() does.</summary>
    public static int CountMatches(NativeCollection items, NativeExpression criteria, NativeEnvironment env)
    {
        var count = 0;
        for (var i = 0; i < items.Count; i++)
        {
            if (Passes(items[i], criteria, env))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>where(criteria).all(test): the whole where() first (every criteria evaluated), then all() over
    /// the items that passed, stopping at the first that fails, as the two steps do one after the other.</summary>
    public static NativeExpression WhereAll(NativeExpression focus, NativeExpression criteria, NativeExpression test) =>
        (input, env) =>
        {
            var items = focus(input, env);
            if (items.Count > MaskedItems)
            {
                return NativeCollection.Bool(AllPass(Filter(items, criteria, env), test, env));
            }

            var passed = 0UL;
            for (var i = 0; i < items.Count; i++)
            {
                if (Passes(items[i], criteria, env))
                {
                    passed |= 1UL << i;
                }
            }

            for (var i = 0; i < items.Count; i++)
            {
                if ((passed & (1UL << i)) != 0 && !Passes(items[i], test, env))
                {
                    return NativeCollection.False;
                }
            }

            return NativeCollection.True;
        };

    private static NativeCollection Filter(NativeCollection items, NativeExpression criteria, NativeEnvironment env)
    {
        var result = new NativeCollectionBuilder();
        for (var i = 0; i < items.Count; i++)
        {
            if (Passes(items[i], criteria, env))
            {
                result.Add(items[i]);
            }
        }

        return result.ToCollection();
    }

    private static bool AllPass(NativeCollection items, NativeExpression criteria, NativeEnvironment env)
    {
        for (var i = 0; i < items.Count; i++)
        {
            if (!Passes(items[i], criteria, env))
            {
                return false;
            }
        }

        return true;
    }

    private static bool Passes(object item, NativeExpression criteria, NativeEnvironment env) =>
        NativeValues.AsBoolean(criteria(NativeCollection.Of(item), env)) == true;
}
