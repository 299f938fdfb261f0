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

    public bool TryFind(ReadOnlySpan<byte> jsonName, out PocoMember member) => _members.TryGetValue(jsonName, out member!);

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
        members.TryAdd(Encoding.UTF8.GetBytes(jsonName), new PocoMember(element, index, kind, valueMapping, listMapping));
        if (kind == PocoMemberKind.PrimitiveValue)
        {
            members.TryAdd(Encoding.UTF8.GetBytes("_" + jsonName), new PocoMember(element, index, PocoMemberKind.PrimitiveExtras, valueMapping, listMapping));
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
