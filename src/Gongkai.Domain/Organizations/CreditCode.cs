namespace Gongkai.Domain.Organizations;

/// <summary>统一社会信用代码 (GB 32100-2015): 18 characters from a 31-character alphabet (digits
/// and capitals without I, O, S, V, Z); the 18th is a check character over the first 17. The code
/// begins every 索引号 an organ issues, so a typo here would spread into every publication.</summary>
public static class CreditCode
{
    public const int Length = 18;

    private const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    /// <summary>Upper case without spaces: people copy codes from certificates in either case.</summary>
    public static string Normalize(string? code) => OrganizationNames.Clean(code).ToUpperInvariant();

    /// <summary>The check character for the first 17 characters, or null if any is not allowed.</summary>
    public static char? CheckCharacter(ReadOnlySpan<char> first17)
    {
        if (first17.Length != Length - 1)
        {
            return null;
        }

        var sum = 0;
        for (var i = 0; i < first17.Length; i++)
        {
            var value = Alphabet.IndexOf(first17[i], StringComparison.Ordinal);
            if (value < 0)
            {
                return null;
            }

            sum += value * Weights[i];
        }

        return Alphabet[(31 - (sum % 31)) % 31];
    }

    /// <summary>Why the (normalised) code is not valid, or null when it is.</summary>
    public static string? Check(string code)
    {
        if (code.Length != Length)
        {
            return $"统一社会信用代码应为 18 位（现为 {code.Length} 位）。";
        }

        var bad = code.FirstOrDefault(c => !Alphabet.Contains(c, StringComparison.Ordinal));
        if (bad != default)
        {
            return $"统一社会信用代码含有不允许的字符“{bad}”（只能是数字和除 I、O、S、V、Z 外的大写字母）。";
        }

        var expected = CheckCharacter(code.AsSpan(0, Length - 1));
        return expected == code[^1] ? null : $"统一社会信用代码校验位不符（按 GB 32100-2015 应为“{expected}”），请核对是否抄错。";
    }
}
