using System.Globalization;
using System.Text.RegularExpressions;
using Gongkai.Domain.Publications;

namespace Gongkai.Domain.StandardCatalogs;

/// <summary>A parsed 公开时限. <see cref="ItemWorkingDays"/> is the limit for one item published under
/// the row (what replaces Art. 26's 20 working days for the column the row maps to);
/// <see cref="PeriodMonths"/> is how long the column may go without any new item before the row is
/// flagged on the overview. Periodic limits (每季度, 每年…前) have no per-item count, so their items
/// keep Art. 26's limit.</summary>
public sealed partial record CatalogueTimeLimit(TimeLimitKind Kind, int ItemWorkingDays, int PeriodMonths, string? Warning)
{
    /// <summary>“实时”: day 1 is the next working day (REGULATIONS.md §2.1), so one working day.</summary>
    public const int RealtimeWorkingDays = 1;

    public static CatalogueTimeLimit Default { get; } = new(TimeLimitKind.Prompt, Timeliness.LimitWorkingDays, 12, null);

    public static CatalogueTimeLimit Parse(string? text)
    {
        var t = Normalise(text);
        if (t.Length == 0)
        {
            return new(TimeLimitKind.Unparsed, Timeliness.LimitWorkingDays, 12, "未填写公开时限，按《条例》第二十六条20个工作日计。");
        }

        if (WorkingDaysPattern().Match(t) is { Success: true } m
            && int.TryParse(m.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var days) && days is > 0 and <= 366)
        {
            return new(TimeLimitKind.WorkingDays, days, 12, null);
        }

        if (t.Contains("实时", StringComparison.Ordinal))
        {
            return new(TimeLimitKind.Realtime, RealtimeWorkingDays, 12, null);
        }

        if (t.Contains("季度", StringComparison.Ordinal))
        {
            return new(TimeLimitKind.Quarterly, Timeliness.LimitWorkingDays, 3, null);
        }

        if (t.Contains("每月", StringComparison.Ordinal) || t.Contains("按月", StringComparison.Ordinal))
        {
            return new(TimeLimitKind.Monthly, Timeliness.LimitWorkingDays, 1, null);
        }

        if (t.Contains("每年", StringComparison.Ordinal) || t.Contains("年度", StringComparison.Ordinal))
        {
            return new(TimeLimitKind.Yearly, Timeliness.LimitWorkingDays, 12, null);
        }

        if (t.Contains("及时", StringComparison.Ordinal))
        {
            return Default;
        }

        return new(TimeLimitKind.Unparsed, Timeliness.LimitWorkingDays, 12, $"无法识别公开时限“{text!.Trim()}”，按《条例》第二十六条20个工作日计。");
    }

    public string Describe() => Kind switch
    {
        TimeLimitKind.WorkingDays => $"{ItemWorkingDays}个工作日",
        TimeLimitKind.Realtime => "实时（次一工作日）",
        TimeLimitKind.Monthly => "每月",
        TimeLimitKind.Quarterly => "每季度",
        TimeLimitKind.Yearly => "每年",
        _ => $"{ItemWorkingDays}个工作日（《条例》第二十六条）",
    };

    /// <summary>Full-width digits and Chinese numerals (“二十个工作日”) as ASCII digits; spaces removed.</summary>
    private static string Normalise(string? text)
    {
        var chars = (text ?? "").Where(c => !char.IsWhiteSpace(c)).Select(c => c is >= '０' and <= '９' ? (char)(c - '０' + '0') : c).ToArray();
        var s = new string(chars);
        return ChineseNumberPattern().Replace(s, m => ChineseNumber(m.Value).ToString(CultureInfo.InvariantCulture) + "个工作日");
    }

    private static int ChineseNumber(string match)
    {
        const string digits = "零一二三四五六七八九";
        var n = match[..match.IndexOf('个', StringComparison.Ordinal)];
        var ten = n.IndexOf('十', StringComparison.Ordinal);
        if (ten < 0)
        {
            return digits.IndexOf(n[0], StringComparison.Ordinal);
        }

        var tens = ten == 0 ? 1 : digits.IndexOf(n[0], StringComparison.Ordinal);
        var ones = ten == n.Length - 1 ? 0 : digits.IndexOf(n[^1], StringComparison.Ordinal);
        return (tens * 10) + ones;
    }

    [GeneratedRegex(@"(\d{1,3})个?工作日")]
    private static partial Regex WorkingDaysPattern();

    [GeneratedRegex("(?:[一二三四五六七八九]?十[一二三四五六七八九]?|[一二三四五六七八九])个工作日")]
    private static partial Regex ChineseNumberPattern();
}
