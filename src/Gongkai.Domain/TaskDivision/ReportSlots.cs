namespace Gongkai.Domain.TaskDivision;

/// <summary>The report periods of a recurring duty within the notice's year: 每月 gives twelve
/// monthly slots, 每季度 four, and so on. A slot is owed once its period has ended.</summary>
public static class ReportSlots
{
    public static IReadOnlyList<ReportPeriod> For(RecurrencePeriod period, int year)
    {
        var slots = new List<ReportPeriod>();
        switch (period)
        {
            case RecurrencePeriod.Week:
                for (var start = new DateOnly(year, 1, 1); start.Year == year; start = start.AddDays(7))
                {
                    var end = start.AddDays(6) is var e && e.Year == year ? e : new DateOnly(year, 12, 31);
                    slots.Add(new ReportPeriod(start, end, $"{start:M月d日}—{end:M月d日}"));
                }

                break;
            case RecurrencePeriod.Month:
                for (var month = 1; month <= 12; month++)
                {
                    slots.Add(new ReportPeriod(new DateOnly(year, month, 1), new DateOnly(year, month, DateTime.DaysInMonth(year, month)), $"{year}年{month}月"));
                }

                break;
            case RecurrencePeriod.Quarter:
                for (var quarter = 0; quarter < 4; quarter++)
                {
                    var start = new DateOnly(year, (quarter * 3) + 1, 1);
                    slots.Add(new ReportPeriod(start, start.AddMonths(3).AddDays(-1), $"{year}年第{ChineseNumerals.Format(quarter + 1)}季度"));
                }

                break;
            case RecurrencePeriod.HalfYear:
                slots.Add(new ReportPeriod(new DateOnly(year, 1, 1), new DateOnly(year, 6, 30), $"{year}年上半年"));
                slots.Add(new ReportPeriod(new DateOnly(year, 7, 1), new DateOnly(year, 12, 31), $"{year}年下半年"));
                break;
            default:
                slots.Add(new ReportPeriod(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), $"{year}年"));
                break;
        }

        return slots;
    }

    /// <summary>The slots whose period has ended by <paramref name="today"/>.</summary>
    public static IReadOnlyList<ReportPeriod> Owed(RecurrencePeriod period, int year, DateOnly today) =>
        For(period, year).Where(s => s.End < today).ToList();
}
