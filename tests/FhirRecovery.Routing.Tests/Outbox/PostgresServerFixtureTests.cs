using FhirRecovery.Testing;

namespace FhirRecovery.Routing.Tests.Outbox;

public sealed class PostgresServerFixtureTests
{
    [Fact]
    public void FindBinaries_NoServerInstalled_FailsNamingTheAptPackage()
    {
        var ex = Assert.Throws<InvalidOperationException>(() =>
            PostgresServerFixture.FindBinaries(null, Path.Combine(Path.GetTempPath(), "no-postgres-" + Guid.NewGuid().ToString("N"))));

        Assert.Contains("apt-get install -y postgresql", ex.Message, StringComparison.Ordinal);
    }
}
