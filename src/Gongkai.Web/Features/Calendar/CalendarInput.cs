using System.Globalization;
using Gongkai.Domain.Calendar;

namespace Gongkai.Web.Features.Calendar;

/// <summary>Reads dates and working-day counts typed by people or sent to the API, with the
/// Chinese message to show when they are not usable. Shared so the page and the API say the same.</summary>
public static class CalendarInput
{
    public static readonly DateOnly MinDate = new(1900, 1, 1);

    public static readonly DateOnly MaxDate = new(2999, 12, 31);

    public static bool TryDate(string? text, string field, out DateOnly date, out string? error)
    {
        error = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            date = default;
            error = $"请填写{field}，格式为 yyyy-MM-dd，如 2024-10-08。";
            return false;
        }

        if (!DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            error = $"{field}“{Shorten(text)}”不是有效日期，格式应为 yyyy-MM-dd，如 2024-10-08。";
            return false;
        }

        // 9999-12-31 parses, but counting from it runs past the last date .NET has.
        if (date < MinDate || date > MaxDate)
        {
            error = $"{field}“{Shorten(text)}”超出可计算范围（{MinDate:yyyy-MM-dd} 至 {MaxDate:yyyy-MM-dd}）。";
            return false;
        }

        return true;
    }

    public static bool TryWorkingDays(string? text, out int workingDays, out string? error)
    {
        error = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            workingDays = 0;
            error = "请填写工作日天数。";
            return false;
        }

        if (!int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out workingDays)
            || workingDays is < 1 or > WorkingDayCalendar.MaxWorkingDays)
        {
            error = $"工作日天数“{Shorten(text)}”无效，应为 1 至 {WorkingDayCalendar.MaxWorkingDays} 之间的整数。";
            return false;
        }

        return true;
    }

    private static string Shorten(string text) => text.Length <= 20 ? text : text[..20] + "…";
}
