using System.Diagnostics.CodeAnalysis;
using System.Text;

using Gongkai.Domain.Privacy;

namespace Gongkai.Domain.Organizations;

/// <summary>A 统一社会信用代码 under GB 32100-2015. It identifies an organisation, not a person, so it is
/// shown on public pages; the scanner uses it to avoid reporting an all-digit code as an ID number.</summary>
public sealed class CreditCode
{
    // 31 characters: the digits and the capitals without I, O, S, V, Z (easily misread).
    private const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
    private static readonly int[] OrganizationCodeWeights = [3, 7, 9, 10, 5, 8, 4, 2];

    private CreditCode(string value) => Value = value;

    public string Value { get; }

    /// <summary>Position 1: 登记管理部门代码 (1 机构编制, 5 民政, 9 市场监管, Y 其他).</summary>
    public char RegistrationAuthority => Value[0];

    /// <summary>Positions 3–8: the administrative division of the registering authority.</summary>
    public string DivisionCode => Value.Substring(2, 6);

    /// <summary>Positions 9–17: the GB 11714 组织机构代码 including its own check character.</summary>
    public string OrganizationCode => Value.Substring(8, 9);

    /// <summary>Codes beginning 92 belong to 个体工商户, which may identify a natural person (SECURITY.md §2.3).</summary>
    public bool IsIndividualBusiness => Value.StartsWith("92", StringComparison.Ordinal);

    public override string ToString() => Value;

    public static IdentifierCheck Validate(string? input)
    {
        var value = Normalize(input);
        if (value.Length == 0)
        {
            return IdentifierCheck.Invalid("请填写统一社会信用代码");
        }

        if (value.Length != 18)
        {
            return IdentifierCheck.Invalid("统一社会信用代码应为18位");
        }

        foreach (var c in value)
        {
            if (!Alphabet.Contains(c))
            {
                return IdentifierCheck.Invalid("统一社会信用代码只能由数字和大写字母组成（不使用I、O、S、V、Z）");
            }
        }

        if (!HasValidOrganizationCode(value.AsSpan(8, 9)))
        {
            return IdentifierCheck.Invalid("统一社会信用代码中的组织机构代码校验位不正确");
        }

        if (ComputeCheckCharacter(value.AsSpan(0, 17)) != value[17])
        {
            return IdentifierCheck.Invalid("统一社会信用代码校验位不正确");
        }

        return IdentifierCheck.Valid;
    }

    public static bool TryParse(string? input, [NotNullWhen(true)] out CreditCode? code)
    {
        code = Validate(input).IsValid ? new CreditCode(Normalize(input)) : null;
        return code is not null;
    }

    /// <summary>The check character for the first 17 characters: weights 3^(i−1) mod 31,
    /// C18 = 31 − (Σ mod 31), 31 → 0.</summary>
    public static char ComputeCheckCharacter(ReadOnlySpan<char> first17)
    {
        if (first17.Length != 17)
        {
            throw new ArgumentException("Need exactly 17 characters.", nameof(first17));
        }

        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            var v = Alphabet.IndexOf(first17[i]);
            if (v < 0)
            {
                throw new ArgumentException($"'{first17[i]}' is not in the GB 32100 alphabet.", nameof(first17));
            }

            sum += v * Weights[i];
        }

        return Alphabet[(31 - sum % 31) % 31];
    }

    /// <summary>The GB 11714 check character for an 8-character organisation code: weights
    /// 3 7 9 10 5 8 4 2, letters A = 10 … Z = 35, C9 = 11 − (Σ mod 11), 10 → X, 11 → 0.</summary>
    public static char ComputeOrganizationCodeCheck(ReadOnlySpan<char> first8)
    {
        if (first8.Length != 8)
        {
            throw new ArgumentException("Need exactly 8 characters.", nameof(first8));
        }

        var sum = 0;
        for (var i = 0; i < 8; i++)
        {
            var c = first8[i];
            int v = c switch
            {
                >= '0' and <= '9' => c - '0',
                >= 'A' and <= 'Z' => c - 'A' + 10,
                _ => throw new ArgumentException($"'{c}' is not allowed in an organisation code.", nameof(first8)),
            };
            sum += v * OrganizationCodeWeights[i];
        }

        return (11 - sum % 11) switch
        {
            10 => 'X',
            11 => '0',
            var d => (char)('0' + d),
        };
    }

    /// <summary>True when the 9 characters are an organisation code with a correct check character.</summary>
    public static bool HasValidOrganizationCode(ReadOnlySpan<char> code9)
    {
        if (code9.Length != 9)
        {
            return false;
        }

        foreach (var c in code9[..8])
        {
            if (!char.IsAsciiDigit(c) && !char.IsAsciiLetterUpper(c))
            {
                return false;
            }
        }

        return ComputeOrganizationCodeCheck(code9[..8]) == code9[8];
    }

    /// <summary>Upper case, full-width forms folded (NFKC), spaces and hyphens dropped: how people type codes.</summary>
    public static string Normalize(string? input)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return "";
        }

        var sb = new StringBuilder(18);
        foreach (var c in input.Normalize(NormalizationForm.FormKC))
        {
            if (!char.IsWhiteSpace(c) && c != '-')
            {
                sb.Append(char.ToUpperInvariant(c));
            }
        }

        return sb.ToString();
    }
}
