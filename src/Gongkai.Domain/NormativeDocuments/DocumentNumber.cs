using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Gongkai.Domain.NormativeDocuments;

/// <summary>发文字号: organ prefix (机关代字), year and serial number, e.g. 江津府办发〔2020〕132号.
/// Documents in the wild use ﹝﹞, [], (), （）, 【】 for the year brackets, full-width digits,
/// stray spaces and sometimes no 号; all parse to the same number, written canonically with 〔〕 (GB/T 9704).</summary>
public sealed partial record DocumentNumber(string Prefix, int Year, int Number)
{
    public const int MinYear = 1949;
    public const int MaxYear = 2100;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Prefix}〔{Year}〕{Number}号");

    public static DocumentNumber Parse(string? value) =>
        TryParse(value, out var number, out var error) ? number! : throw new DocumentNumberException(error!);

    /// <summary>The number in <paramref name="value"/>, or null when it is not one.</summary>
    public static DocumentNumber? TryParse(string? value) => TryParse(value, out var number, out _) ? number : null;

    /// <summary>Parses a number as typed or imported; on failure <paramref name="error"/> says in
    /// Chinese what is wrong and how the number should look.</summary>
    public static bool TryParse(string? value, out DocumentNumber? number, out string? error)
    {
        number = null;
        error = null;
        var text = Normalise(value);
        if (text.Length == 0)
        {
            error = "请填写发文字号。";
            return false;
        }

        var match = Pattern().Match(text);
        if (!match.Success)
        {
            error = $"发文字号“{value!.Trim()}”格式不正确，应为“机关代字〔年份〕序号号”，如：江津府办发〔2020〕132号。";
            return false;
        }

        var prefix = match.Groups["prefix"].Value;
        if (prefix.Any(char.IsDigit))
        {
            error = $"发文字号“{value!.Trim()}”的机关代字“{prefix}”不应含数字。";
            return false;
        }

        var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        if (year is < MinYear or > MaxYear)
        {
            error = $"发文字号“{value!.Trim()}”的年份{year}不正确。";
            return false;
        }

        if (match.Groups["number"].Value.Length > 6 || !int.TryParse(match.Groups["number"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var serial) || serial < 1)
        {
            error = $"发文字号“{value!.Trim()}”的序号不正确。";
            return false;
        }

        number = new DocumentNumber(prefix, year, serial);
        return true;
    }

    /// <summary>Full-width digits and punctuation to ASCII, every kind of space (incl. U+3000) removed.</summary>
    private static string Normalise(string? value)
    {
        if (value is null)
        {
            return "";
        }

        var sb = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            if (char.IsWhiteSpace(c) || c == '\u200B' || c == '\uFEFF')
            {
                continue;
            }

            // Full-width ASCII forms (Ｕ+FF01–FF5E) to their ASCII twins: digits, and （）［］ which the pattern knows.
            sb.Append(c is >= '\uFF01' and <= '\uFF5E' ? (char)(c - 0xFEE0) : c);
        }

        return sb.ToString();
    }

    [GeneratedRegex(@"^(?<prefix>[^\[\]()（）〔〕﹝﹞【】［］〖〗]+?)[\[(（〔﹝【［〖](?<year>\d{4})[\])）〕﹞】］〗]第?(?<number>\d+)号?$")]
    private static partial Regex Pattern();
}
