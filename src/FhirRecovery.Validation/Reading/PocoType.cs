using System.Collections.Concurrent;
using System.Text;
using Hl7.Fhir.Introspection;
using Hl7.Fhir.Model;

namespace FhirRecovery.Validation.Reading;

/// <summary>
/// The JSON property names of one FHIR type, built once from the SDK's <see cref="ClassMapping"/> and shared by
/// every read (immutable after construction). Only exact names are kept: an element's name, a choice element's name
/// with each allowed type's suffix (<c>valueQuantity</c>), and a primitive's <c>_name</c>. Any other name is one
/// the fast reader leaves to the SDK's reader, which reports it.
/// </summary>
internal sealed class PocoType
{
    private static readonly ConcurrentDictionary<ClassMapping, PocoType> Types = new();

    private static readonly Dictionary<byte[], ClassMapping>.AlternateLookup<ReadOnlySpan<byte>> Resources = ResourceNames();

    private readonly Dictionary<byte[], PocoMember>.AlternateLookup<ReadOnlySpan<byte>> _members;

    // The member the last object of this type began with (see TryFind): the only state that changes after construction.
    private PocoMember? _firstHint;

    private PocoType(ClassMapping mapping)
    {
        Mapping = mapping;
        IsResource = mapping.IsResource;
        var members = new Dictionary<byte[], PocoMember>(Utf8NameComparer.Instance);
        var elements = mapping.PropertyMappings.Where(p => !p.RepresentsValueElement).ToList();
        for (var index = 0; index < elements.Count; index++)
        {
            AddElement(mapping, elements[index], index, members);
        }

        SeenWords = Math.Max(1, ((elements.Count * 2) + 63) / 64);
        _members = members.GetAlternateLookup<ReadOnlySpan<byte>>();
    }

    public ClassMapping Mapping { get; }

    public bool IsResource { get; }

    /// <summary>The number of 64-bit words that hold two bits per element (see <see cref="PocoMember.SeenBit"/>).</summary>
    public int SeenWords { get; }

    public static PocoType For(ClassMapping mapping) => Types.GetOrAdd(mapping, static m => new PocoType(m));

    /// <summary>The resource type of exactly this name (case-sensitive), or null.</summary>
    public static PocoType? ForResource(ReadOnlySpan<byte> resourceType) =>
        Resources.TryGetValue(resourceType, out var mapping) ? For(mapping) : null;

    /// <summary>Builds the tables of a type and of every type its elements hold, so that the first read of such a
    /// resource is not the one that builds them (called by <see cref="FhirValidator.Warm"/>). Returns the types reached.</summary>
    public static IReadOnlyCollection<ClassMapping> WarmReachable(ClassMapping root)
    {
        var seen = new HashSet<ClassMapping> { root };
        var pending = new Stack<PocoType>();
        pending.Push(For(root));
        while (pending.Count > 0)
        {
            foreach (var member in pending.Pop()._members.Dictionary.Values)
            {
                if (seen.Add(member.ValueMapping))
                {
                    pending.Push(member.ValueType);
                }
            }
        }

        return seen;
    }

    /// <summary>The member of exactly this JSON name. <paramref name="previous"/> is the member read just before in the
    /// same object (null for the first): senders write a kind of resource in one order, so the name that followed it
    /// last time is compared first, and the dictionary (a hash of the name) is asked only when that guess is wrong.</summary>
    public bool TryFind(ReadOnlySpan<byte> jsonName, PocoMember? previous, out PocoMember member)
    {
        var guess = previous is null ? _firstHint : previous.NextHint;
        if (guess is not null && jsonName.SequenceEqual(guess.JsonName))
        {
            member = guess;
            return true;
        }

        if (!_members.TryGetValue(jsonName, out member!))
        {
            return false;
        }

        // A hint only: a reference written whole, read by any thread; a wrong or stale one costs one comparison.
        if (previous is null)
        {
            _firstHint = member;
        }
        else
        {
            previous.NextHint = member;
        }

        return true;
    }

    private static void AddElement(ClassMapping owner, PropertyMapping element, int index, Dictionary<byte[], PocoMember> members)
    {
        var inspector = owner.Inspector;
        if (element.Choice != ChoiceType.DatatypeChoice)
        {
            // As the SDK's deserializer: an abstract declared type with a single FHIR type is read as that type
            // (Meta.profile: PrimitiveType -> canonical); lists are made by the declared type's mapping.
            var instantiable = element.ImplementingType.IsAbstract && element.FhirTypeMappings.Count == 1
                ? element.FhirTypeMappings[0].NativeType
                : element.ImplementingType;
            if (inspector.FindOrImportClassMapping(instantiable) is { } valueMapping)
            {
                Add(owner, element.Name, element, index, valueMapping, members);
            }

            return;
        }

        foreach (var type in element.FhirTypeMappings)
        {
            // The suffix is the type's name with its first letter capitalised; keep the name only where the SDK
            // resolves it to this element and this type, so both readers agree on what it means.
            var jsonName = element.Name + char.ToUpperInvariant(type.Name[0]) + type.Name[1..];
            if (inspector.FindClassMapping(jsonName[element.Name.Length..]) == type
                && owner.FindMappedElementByName(jsonName) is null
                && owner.FindMappedElementByChoiceName(jsonName) == element)
            {
                Add(owner, jsonName, element, index, type, members);
            }
        }
    }

    private static void Add(ClassMapping owner, string jsonName, PropertyMapping element, int index, ClassMapping valueMapping, Dictionary<byte[], PocoMember> members)
    {
        var kind = valueMapping.IsResource ? PocoMemberKind.Resource
            : valueMapping.IsFhirPrimitive ? PocoMemberKind.PrimitiveValue
            : PocoMemberKind.Complex;
        var listMapping = element.IsCollection ? owner.Inspector.FindOrImportClassMapping(element.ImplementingType) : null;
        if ((kind != PocoMemberKind.Resource && valueMapping.NativeType.IsAbstract) || (element.IsCollection && listMapping is null))
        {
            return;
        }

        listMapping ??= valueMapping;
        var name = Encoding.UTF8.GetBytes(jsonName);
        members.TryAdd(name, new PocoMember(element, index, kind, valueMapping, listMapping) { JsonName = name });
        if (kind == PocoMemberKind.PrimitiveValue)
        {
            var extrasName = Encoding.UTF8.GetBytes("_" + jsonName);
            members.TryAdd(extrasName, new PocoMember(element, index, PocoMemberKind.PrimitiveExtras, valueMapping, listMapping) { JsonName = extrasName });
        }
    }

    private static Dictionary<byte[], ClassMapping>.AlternateLookup<ReadOnlySpan<byte>> ResourceNames()
    {
        var resources = new Dictionary<byte[], ClassMapping>(Utf8NameComparer.Instance);
        foreach (var name in ModelInfo.SupportedResources)
        {
            if (ModelInfo.ModelInspector.FindClassMapping(name) is { IsResource: true } mapping
                && !mapping.NativeType.IsAbstract && mapping.Name == name)
            {
                resources.TryAdd(Encoding.UTF8.GetBytes(name), mapping);
            }
        }

        return resources.GetAlternateLookup<ReadOnlySpan<byte>>();
    }
}
