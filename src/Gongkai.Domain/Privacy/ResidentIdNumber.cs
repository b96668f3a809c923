using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace Gongkai.Domain.Privacy;

/// <summary>A 居民身份证号码 under GB 11643-1999: 6-digit address code, birth date, 3-digit sequence and,
/// for the 18-character form, an ISO 7064 MOD 11-2 check character. 15-digit numbers (issued before
/// 1999, 2-digit year, no check character) still appear in scanned archives, so they are recognised.</summary>
public sealed class ResidentIdNumber
{
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string CheckCharacters = "10X98765432";

    // GB/T 2260 province-level codes. Checking the first two digits catches most typing slips and
    // keeps the scanner from flagging long digit strings that merely contain a date.
    private static readonly HashSet<int> ProvinceCodes =
    [
        11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46,
        50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82, 83,
    ];

    private ResidentIdNumber(string value, DateOnly birthDate)
    {
        Value = value;
        BirthDate = birthDate;
    }

    /// <summary>The number as ASCII digits, check character upper-case.</summary>
    public string Value { get; }

    public bool IsLegacy => Value.Length == 15;

    public string AddressCode => Value[..6];

    public DateOnly BirthDate { get; }

    public int Sequence => int.Parse(IsLegacy ? Value.AsSpan(12, 3) : Value.AsSpan(14, 3));

    /// <summary>GB 11643: an odd sequence number is given to men, an even one to women.</summary>
    public bool IsMale => Sequence % 2 == 1;

    public override string ToString() => Value;

    /// <summary>Checks a number as typed on a form. Full-width digits, a lower-case x and spaces or
    /// hyphens between groups are accepted, because that is how people copy numbers.
    /// When <paramref name="today"/> is given, a birth date after it is refused.</summary>
    public static IdentifierCheck Validate(string? input, DateOnly? today = null)
    {
        var value = NormalizeInput(input);
        if (value.Length == 0)
        {
            return IdentifierCheck.Invalid("请填写身份证号码");
        }

        if (value.Length != 18 && value.Length != 15)
        {
            return IdentifierCheck.Invalid("身份证号码应为18位（旧版为15位）");
        }

        for (var i = 0; i < value.Length; i++)
        {
            var lastOf18 = value.Length == 18 && i == 17;
            if (!char.IsAsciiDigit(value[i]) && !(lastOf18 && value[i] == 'X'))
            {
                return IdentifierCheck.Invalid("身份证号码只能由数字组成，18位号码的最后一位可以是X");
            }
        }

        if (!HasPlausibleAddressCode(value))
        {
            return IdentifierCheck.Invalid("身份证号码的前6位地址码不正确");
        }

        if (TryReadBirthDate(value) is not { } birthDate)
        {
            return IdentifierCheck.Invalid("身份证号码中的出生日期不正确");
        }

        if (today is { } t && birthDate > t)
        {
            return IdentifierCheck.Invalid("身份证号码中的出生日期晚于今天");
        }

        if (value.Length == 18 && !HasValidCheckCharacter(value))
        {
            return IdentifierCheck.Invalid("身份证号码校验位不正确");
        }

        return IdentifierCheck.Valid;
    }

    public static bool TryParse(string? input, [NotNullWhen(true)] out ResidentIdNumber? number)
    {
        number = null;
        if (!Validate(input).IsValid)
        {
            return false;
        }

        var value = NormalizeInput(input);
        number = new ResidentIdNumber(value, TryReadBirthDate(value)!.Value);
        return true;
    }

    /// <summary>The MOD 11-2 check character for the first 17 digits.</summary>
    public static char ComputeCheckCharacter(ReadOnlySpan<char> first17)
    {
        if (first17.Length != 17)
        {
            throw new ArgumentException("Need exactly 17 digits.", nameof(first17));
        }

        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            if (!char.IsAsciiDigit(first17[i]))
            {
                throw new ArgumentException("Need exactly 17 digits.", nameof(first17));
            }

            sum += (first17[i] - '0') * Weights[i];
        }

        return CheckCharacters[sum % 11];
    }

    /// <summary>True for 17 digits followed by the right check character (x accepted for X).</summary>
    public static bool HasValidCheckCharacter(ReadOnlySpan<char> id18)
    {
        if (id18.Length != 18)
        {
            return false;
        }

        foreach (var c in id18[..17])
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return ComputeCheckCharacter(id18[..17]) == char.ToUpperInvariant(id18[17]);
    }

    internal static bool HasPlausibleAddressCode(ReadOnlySpan<char> value) =>
        value.Length >= 6 && char.IsAsciiDigit(value[0]) && char.IsAsciiDigit(value[1])
        && ProvinceCodes.Contains((value[0] - '0') * 10 + (value[1] - '0'));

    /// <summary>The birth date of an 18- or 15-digit number, or null when it is not a real calendar
    /// date. 15-digit numbers were issued to people born in the 1900s, so their year is 19YY.</summary>
    internal static DateOnly? TryReadBirthDate(ReadOnlySpan<char> value)
    {
        int year, month, day;
        if (value.Length == 18)
        {
            if (!TryDigits(value.Slice(6, 4), out year) || year < 1800 || year > 2099)
            {
                return null;
            }

            if (!TryDigits(value.Slice(10, 2), out month) || !TryDigits(value.Slice(12, 2), out day))
            {
                return null;
            }
        }
        else if (value.Length == 15)
        {
            if (!TryDigits(value.Slice(6, 2), out var yy) || !TryDigits(value.Slice(8, 2), out month)
                || !TryDigits(value.Slice(10, 2), out day))
            {
                return null;
            }

            year = 1900 + yy;
        }
        else
        {
            return null;
        }

        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return null;
        }

        return new DateOnly(year, month, day);
    }

    private static bool TryDigits(ReadOnlySpan<char> s, out int value)
    {
        value = 0;
        foreach (var c in s)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            value = value * 10 + (c - '0');
        }

        return true;
    }

    private static string NormalizeInput(string? input)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return "";
        }

        var normalized = input.Normalize(NormalizationForm.FormKC);
        var sb = new StringBuilder(normalized.Length);
        foreach (var c in normalized)
        {
            if (char.IsWhiteSpace(c) || c == '-')
            {
                continue;
            }

            sb.Append(c == 'x' ? 'X' : c);
        }

        return sb.ToString();
    }
}
