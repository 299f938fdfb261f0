using System.Collections;
using System.Reflection;
using Hl7.Fhir.Introspection;
using Hl7.Fhir.Model;

namespace FhirRecovery.Validation.Reading;

/// <summary>
/// One JSON property name of a type, resolved once for the fast reader: the element it sets (by the name the SDK's
/// <see cref="Base.SetValue"/> takes), how its value is read, and what it creates — the same types and lists the SDK's
/// deserializer creates for that name, so both readers build the same POCOs.
/// </summary>
internal sealed class PocoMember
{
    private readonly Func<int, IList> _newList;
    private readonly Action<Base, object> _set;
    private PocoType? _valueType;

    public PocoMember(PropertyMapping element, int index, PocoMemberKind kind, ClassMapping valueMapping, ClassMapping listMapping)
    {
        ElementName = element.Name;
        IsCollection = element.IsCollection;
        Kind = kind;
        ValueMapping = valueMapping;
        ImplementingType = element.ImplementingType;
        _newList = ListFactory(listMapping);
        _set = Setter(element, element.IsCollection ? _newList(0).GetType() : kind == PocoMemberKind.Resource ? element.ImplementingType : valueMapping.NativeType);
        PrimitiveKind = valueMapping.IsFhirPrimitive ? PrimitiveKindOf(valueMapping) : PrimitiveJsonKind.String;
        IsSharedText = valueMapping.IsCodeOfT || valueMapping.Name is "code" or "canonical"
            || (valueMapping.Name == "uri" && element.Name is "system" or "url");

        // Two bits per element: its value and its '_' part may each appear once in an object.
        SeenBit = (index * 2) + (kind == PocoMemberKind.PrimitiveExtras ? 1 : 0);
        SiblingBit = kind switch
        {
            PocoMemberKind.PrimitiveValue => (index * 2) + 1,
            PocoMemberKind.PrimitiveExtras => index * 2,
            _ => -1,
        };
    }

    /// <summary>The element's name (without a choice suffix): the key of <see cref="Base.SetValue"/> and <see cref="Base.TryGetValue"/>.</summary>
    public string ElementName { get; }

    /// <summary>The exact JSON property name, UTF-8 (<c>valueQuantity</c>, <c>_birthDate</c>).</summary>
    public required byte[] JsonName { get; init; }

    /// <summary>The member that followed this one in the last object read of its type: the reader's first guess for
    /// the next name (see <see cref="PocoType.TryFind"/>). A hint shared by all threads, never relied on.</summary>
    public PocoMember? NextHint { get; set; }

    public bool IsCollection { get; }

    public PocoMemberKind Kind { get; }

    /// <summary>The type of the value this name holds (for a choice, the type its suffix names).</summary>
    public ClassMapping ValueMapping { get; }

    /// <summary>The element's declared .NET type: a resource read for it must be one.</summary>
    public Type ImplementingType { get; }

    public PrimitiveJsonKind PrimitiveKind { get; }

    /// <summary>A code, a canonical, or a system or definition URI (Coding.system, Extension.url), whose strings
    /// <see cref="SharedText"/> may share; never a locator such as fullUrl or Attachment.url.</summary>
    public bool IsSharedText { get; }

    public int SeenBit { get; }

    /// <summary>The bit of the other part of the same primitive element (value or '_' part), or -1.</summary>
    public int SiblingBit { get; }

    /// <summary>The elements of the value's type (for a primitive: its id and extensions), resolved on first use.</summary>
    public PocoType ValueType => _valueType ??= PocoType.For(ValueMapping);

    public Base CreateValue() => ValueMapping.CreateInstance();

    /// <summary>Sets the element on <paramref name="target"/>, as <c>target.SetValue(ElementName, value)</c> does.</summary>
    public void Set(Base target, object value) => _set(target, value);

    /// <summary>A list of exactly <paramref name="capacity"/> slots, of the type the SDK makes (ClassMapping.CreateList).</summary>
    public IList CreateList(int capacity) => _newList(capacity);

    // The POCO's property setter, called through a typed delegate: what Base.SetValue ends in, without its
    // switch on the name up the class hierarchy. Where the property does not take the value as is, SetValue.
    private static Action<Base, object> Setter(PropertyMapping element, Type valueType)
    {
        if (element.NativeProperty is { SetMethod.IsPublic: true, DeclaringType: { } owner } property
            && typeof(Base).IsAssignableFrom(owner) && property.PropertyType.IsAssignableFrom(valueType))
        {
            return (Action<Base, object>)typeof(PocoMember).GetMethod(nameof(TypedSetter), BindingFlags.NonPublic | BindingFlags.Static)!
                .MakeGenericMethod(owner, property.PropertyType).Invoke(null, [property.SetMethod])!;
        }

        var name = element.Name;
        return (target, value) => target.SetValue(name, value);
    }

    private static Action<Base, object> TypedSetter<TOwner, TValue>(MethodInfo setter)
        where TOwner : Base
    {
        var set = setter.CreateDelegate<Action<TOwner, TValue>>();
        return (target, value) => set((TOwner)target, (TValue)value);
    }

    private static Func<int, IList> ListFactory(ClassMapping listMapping)
    {
        var sdkList = listMapping.CreateList().GetType();
        if (sdkList.IsGenericType && sdkList.GetGenericTypeDefinition() == typeof(List<>))
        {
            return typeof(PocoMember).GetMethod(nameof(NewList), BindingFlags.NonPublic | BindingFlags.Static)!
                .MakeGenericMethod(sdkList.GetGenericArguments()[0]).CreateDelegate<Func<int, IList>>();
        }

        return _ => listMapping.CreateList();
    }

    private static List<T> NewList<T>(int capacity) => new(capacity);

    private static PrimitiveJsonKind PrimitiveKindOf(ClassMapping primitive)
    {
        var valueType = primitive.PrimitiveValueProperty?.ImplementingType;
        return valueType == typeof(bool) ? PrimitiveJsonKind.Boolean
            : valueType == typeof(decimal) ? PrimitiveJsonKind.Decimal
            : valueType == typeof(int) ? PrimitiveJsonKind.Integer
            : PrimitiveJsonKind.String;
    }
}
