using System.Globalization;
using System.Text;

namespace FhirRecovery.LoadRuns;

/// <summary>
/// The prison's release-handover example as many people's handovers: each call gives the same Bundle with the next
/// person's NHS number (a valid one in the 999 test range) and its own Bundle identifier, as a prison releasing many
/// people sends. <see cref="Same"/> is the example unchanged: one person's handover sent again and again (corrections).
/// </summary>
internal sealed class ReleaseHandovers
{
    private const string ExampleNhsNumber = "9991047514";
    private const string ExampleBundleIdentifier = "6c1f7f0e-3b5a-4a53-9d2e-2f4a1b0c9e11";
    private readonly string _template;
    private int _people;

    public ReleaseHandovers(byte[] example)
    {
        _template = Encoding.UTF8.GetString(example);
        if (!_template.Contains(ExampleNhsNumber, StringComparison.Ordinal) || !_template.Contains(ExampleBundleIdentifier, StringComparison.Ordinal))
        {
            throw new InvalidOperationException("The release-handover example no longer holds the NHS number and Bundle identifier this run replaces.");
        }

        Same = example;
    }

    public byte[] Same { get; }

    public byte[] NextPerson()
    {
        var person = Interlocked.Increment(ref _people);
        return Encoding.UTF8.GetBytes(_template
            .Replace(ExampleNhsNumber, NhsNumber(person), StringComparison.Ordinal)
            .Replace(ExampleBundleIdentifier, Guid.NewGuid().ToString(), StringComparison.Ordinal));
    }

    /// <summary>999 and six digits from <paramref name="person"/>, with the Modulus 11 check digit (the next number when
    /// a check digit would be 10, which no NHS number has).</summary>
    private static string NhsNumber(int person)
    {
        for (var candidate = person; ; candidate++)
        {
            var digits = "999" + (candidate % 1_000_000).ToString("D6", CultureInfo.InvariantCulture);
            var sum = 0;
            for (var i = 0; i < 9; i++)
            {
                sum += (digits[i] - '0') * (10 - i);
            }

            var check = (11 - (sum % 11)) % 11;
            if (check != 10)
            {
                return digits + check.ToString(CultureInfo.InvariantCulture);
            }
        }
    }
}
