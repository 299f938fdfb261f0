using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using FhirRecovery.Gateway.Definitions;
using Microsoft.Extensions.Logging;

namespace FhirRecovery.Gateway.Tests.Hosting;

/// <summary>The host is an application, not a library: nothing in it is public API, and nothing is meant to be derived
/// from. And it never parses XML except through the one DTD-refusing reader configuration.</summary>
public sealed partial class HouseRuleTests
{
    private static readonly Type[] _gatewayTypes = [.. typeof(DefinitionsState).Assembly.GetTypes()
        .Where(t => !t.IsDefined(typeof(CompilerGeneratedAttribute), inherit: false) && !t.Name.Contains('<', StringComparison.Ordinal))
        .Where(t => t.Namespace?.StartsWith("FhirRecovery.Gateway", StringComparison.Ordinal) == true)];

    [Fact]
    public void GatewayTypes_AreNotPublic()
    {
        Assert.NotEmpty(_gatewayTypes);
        Assert.Empty(_gatewayTypes.Where(t => t.IsPublic || t.IsNestedPublic).Select(t => t.FullName));
    }

    [Fact]
    public void GatewayClasses_AreSealedOrStatic()
    {
        // Static classes compile to abstract sealed; records and exceptions must be sealed too.
        Assert.Empty(_gatewayTypes.Where(t => t.IsClass && !t.IsSealed).Select(t => t.FullName));
    }

    [Fact]
    public void GatewayLogMessages_HaveDistinctEventIds()
    {
        // Operators alert and filter on event ids: two messages sharing one would be confused in every sink.
        var ids = typeof(DefinitionsState).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods(System.Reflection.BindingFlags.Static | System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Public))
            .Select(m => (Method: $"{m.DeclaringType!.FullName}.{m.Name}", Attribute: m.GetCustomAttributes(typeof(LoggerMessageAttribute), false).OfType<LoggerMessageAttribute>().FirstOrDefault()))
            .Where(m => m.Attribute is not null)
            .ToList();
        Assert.True(ids.Count > 20, $"only {ids.Count} [LoggerMessage] methods found");

        var shared = ids.GroupBy(m => m.Attribute!.EventId).Where(g => g.Count() > 1)
            .Select(g => $"{g.Key}: {string.Join(", ", g.Select(m => m.Method))}");
        Assert.Empty(shared);
    }

    [Fact]
    public void GatewaySource_ParsesXmlOnlyWithSecureReaderSettings()
    {
        var sources = Directory.EnumerateFiles(Path.Combine(RepositoryRoot(), "src", "FhirRecovery.Gateway"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToList();
        Assert.NotEmpty(sources);

        var offending = sources
            .SelectMany(file => File.ReadLines(file).Select((line, index) => (file, line, number: index + 1)))
            .Where(l => UnsafeXmlEntryPoint().IsMatch(l.line)
                || (l.line.Contains("XmlReader.Create(", StringComparison.Ordinal) && !l.line.Contains("SecureXml.ReaderSettings()", StringComparison.Ordinal)))
            .Select(l => $"{Path.GetFileName(l.file)}:{l.number}: {l.line.Trim()}")
            .ToList();

        Assert.Empty(offending);
    }

    // Entry points that build their own reader (and so their own DTD settings) from a string, stream or file.
    [GeneratedRegex(@"\b(XDocument|XElement)\.(Parse|Load)\((?!reader\))|\bnew XmlDocument\b|\bnew XmlTextReader\b|DtdProcessing\.Parse")]
    private static partial Regex UnsafeXmlEntryPoint();

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "FhirRecovery.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("FhirRecovery.sln not found above " + AppContext.BaseDirectory);
    }
}
