namespace Gongkai.Domain.Privacy;

/// <summary>The Luhn (ISO/IEC 7812) check used by bank card numbers.</summary>
public static class Luhn
{
    /// <summary>True when <paramref name="digits"/> is all ASCII digits and its last digit is the Luhn check
    /// digit of the rest. Length is not checked here: bank-card length rules belong to the caller.</summary>
    public static bool IsValid(ReadOnlySpan<char> digits)
    {
        if (digits.Length < 2)
        {
            return false;
        }

        var sum = 0;
        var doubleIt = false;
        for (var i = digits.Length - 1; i >= 0; i--)
        {
            var c = digits[i];
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            var d = c - '0';
            if (doubleIt)
            {
                d *= 2;
                if (d > 9)
                {
                    d -= 9;
                }
            }

            sum += d;
            doubleIt = !doubleIt;
        }

        return sum % 10 == 0;
    }

    /// <summary>The check digit to append to <paramref name="payload"/> (test data generators use this).</summary>
    public static char ComputeCheckDigit(ReadOnlySpan<char> payload)
    {
        var sum = 0;
        var doubleIt = true;
        for (var i = payload.Length - 1; i >= 0; i--)
        {
            if (!char.IsAsciiDigit(payload[i]))
            {
                throw new ArgumentException("Luhn payload must be ASCII digits.", nameof(payload));
            }

            var d = payload[i] - '0';
            if (doubleIt)
            {
                d *= 2;
                if (d > 9)
                {
                    d -= 9;
                }
            }

            sum += d;
            doubleIt = !doubleIt;
        }

        return (char)('0' + (10 - sum % 10) % 10);
    }
}
