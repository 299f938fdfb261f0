using FhirRecovery.Routing.Outbox;

namespace FhirRecovery.Routing.Tests.Outbox;

public sealed class RetryPolicyTests
{
    private static readonly RetryPolicy Policy = new()
    {
        BaseDelay = TimeSpan.FromSeconds(2),
        MaxDelay = TimeSpan.FromMinutes(1),
        MaxAttempts = 5,
        MaxAge = TimeSpan.FromHours(1),
    };

    private static readonly DateTimeOffset Now = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(1, 2)]
    [InlineData(2, 4)]
    [InlineData(3, 8)]
    [InlineData(5, 32)]
    [InlineData(6, 60)]
    [InlineData(40, 60)]
    public void Ceiling_DoublesPerAttemptUpToTheCap(int attempt, int expectedSeconds)
    {
        Assert.Equal(TimeSpan.FromSeconds(expectedSeconds), Policy.Ceiling(attempt));
    }

    [Fact]
    public void Delay_FullJitter_SpansZeroToTheCeiling()
    {
        Assert.Equal(TimeSpan.Zero, Policy.Delay(3, 0));
        Assert.Equal(TimeSpan.FromSeconds(4), Policy.Delay(3, 0.5));
        Assert.True(Policy.Delay(3, 0.999) < Policy.Ceiling(3));
    }

    [Fact]
    public void NextAttemptAt_WithinLimits_IsNowPlusTheJitteredDelay()
    {
        Assert.Equal(Now.AddSeconds(1), Policy.NextAttemptAt(1, Now, Now, 0.5));
    }

    [Fact]
    public void NextAttemptAt_OutOfAttempts_IsNullToDeadLetter()
    {
        Assert.Null(Policy.NextAttemptAt(5, Now, Now, 0.5));
    }

    [Fact]
    public void NextAttemptAt_RetryWindowTooOld_IsNullToDeadLetter()
    {
        Assert.Null(Policy.NextAttemptAt(1, Now.AddHours(-1), Now, 0.5));
    }

    [Fact]
    public void OutboxOptionsValidate_BadSettings_ListsEveryProblem()
    {
        var options = new OutboxOptions { LeaseDuration = TimeSpan.Zero, Retry = new RetryPolicy { MaxAttempts = 0, MaxDelay = TimeSpan.FromMilliseconds(1) } };

        var ex = Assert.Throws<ArgumentException>(options.Validate);

        Assert.Contains("MaxAttempts", ex.Message, StringComparison.Ordinal);
        Assert.Contains("MaxDelay", ex.Message, StringComparison.Ordinal);
        Assert.Contains("LeaseDuration", ex.Message, StringComparison.Ordinal);
    }
}
