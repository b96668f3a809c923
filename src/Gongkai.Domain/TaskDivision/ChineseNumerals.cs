namespace Gongkai.Domain.TaskDivision;

/// <summary>The small Chinese numerals used to number key tasks (一、) and sub-tasks (（一）).</summary>
public static class ChineseNumerals
{
    private const string Digits = "零一二三四五六七八九";

    /// <summary>一 → 1, 十 → 10, 十五 → 15, 二十三 → 23; null for anything else.</summary>
    public static int? Parse(string text)
    {
        if (text.Length == 0)
        {
            return null;
        }

        var ten = text.IndexOf('十', StringComparison.Ordinal);
        if (ten < 0)
        {
            return text.Length == 1 && Digits.IndexOf(text[0], StringComparison.Ordinal) > 0 ? Digits.IndexOf(text[0], StringComparison.Ordinal) : null;
        }

        var tensText = text[..ten];
        var unitsText = text[(ten + 1)..];
        int tens = tensText.Length == 0 ? 1 : tensText.Length == 1 ? Digits.IndexOf(tensText[0], StringComparison.Ordinal) : -1;
        int units = unitsText.Length == 0 ? 0 : unitsText.Length == 1 ? Digits.IndexOf(unitsText[0], StringComparison.Ordinal) : -1;
        return tens > 0 && units >= 0 ? (tens * 10) + units : null;
    }

    /// <summary>1 → 一, 10 → 十, 15 → 十五, 23 → 二十三 (1..99).</summary>
    public static string Format(int number)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(number, 99);
        if (number < 10)
        {
            return Digits[number].ToString();
        }

        var tens = number / 10;
        var units = number % 10;
        return (tens == 1 ? "" : Digits[tens].ToString()) + "十" + (units == 0 ? "" : Digits[units].ToString());
    }
}
