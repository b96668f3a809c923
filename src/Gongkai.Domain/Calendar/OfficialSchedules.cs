namespace Gongkai.Domain.Calendar;

/// <summary>The State Council General Office's holiday arrangements for 2020–2026, transcribed
/// from REGULATIONS.md §8, built into the platform so a fresh installation counts deadlines
/// correctly from the first start. Later years are entered by an administrator.</summary>
public static class OfficialSchedules
{
    public const string Source = "国务院办公厅部分节假日安排通知（平台内置）";

    public static IReadOnlyList<YearSchedule> All { get; } =
    [
        Year(2020,
            Off("元旦", "01-01"),
            // The 2020-01-27 notice extended the break to 02-02 (COVID-19), which also turned the
            // announced make-up Saturday 02-01 into an off day.
            Off("春节", "01-24", "02-02"),
            Off("清明节", "04-04", "04-06"),
            Off("劳动节", "05-01", "05-05"),
            Off("端午节", "06-25", "06-27"),
            Off("国庆节、中秋节", "10-01", "10-08"),
            Work("春节调休上班", "01-19"),
            Work("劳动节调休上班", "04-26", "05-09"),
            Work("端午节调休上班", "06-28"),
            Work("国庆节、中秋节调休上班", "09-27", "10-10")),
        Year(2021,
            Off("元旦", "01-01", "01-03"),
            Off("春节", "02-11", "02-17"),
            Off("清明节", "04-03", "04-05"),
            Off("劳动节", "05-01", "05-05"),
            Off("端午节", "06-12", "06-14"),
            Off("中秋节", "09-19", "09-21"),
            Off("国庆节", "10-01", "10-07"),
            Work("春节调休上班", "02-07", "02-20"),
            Work("劳动节调休上班", "04-25", "05-08"),
            Work("中秋节调休上班", "09-18"),
            Work("国庆节调休上班", "09-26", "10-09")),
        Year(2022,
            Off("元旦", "01-01", "01-03"),
            Off("春节", "01-31", "02-06"),
            Off("清明节", "04-03", "04-05"),
            Off("劳动节", "04-30", "05-04"),
            Off("端午节", "06-03", "06-05"),
            Off("中秋节", "09-10", "09-12"),
            Off("国庆节", "10-01", "10-07"),
            // The 2023 New Year break began on 2022-12-31; a day belongs to the year it falls in.
            Off("元旦", "12-31"),
            Work("春节调休上班", "01-29", "01-30"),
            Work("清明节调休上班", "04-02"),
            Work("劳动节调休上班", "04-24", "05-07"),
            Work("国庆节调休上班", "10-08", "10-09")),
        Year(2023,
            Off("元旦", "01-01", "01-02"),
            Off("春节", "01-21", "01-27"),
            Off("清明节", "04-05"),
            Off("劳动节", "04-29", "05-03"),
            Off("端午节", "06-22", "06-24"),
            Off("中秋节、国庆节", "09-29", "10-06"),
            Work("春节调休上班", "01-28", "01-29"),
            Work("劳动节调休上班", "04-23", "05-06"),
            Work("端午节调休上班", "06-25"),
            Work("中秋节、国庆节调休上班", "10-07", "10-08")),
        Year(2024,
            Off("元旦", "01-01"),
            Off("春节", "02-10", "02-17"),
            Off("清明节", "04-04", "04-06"),
            Off("劳动节", "05-01", "05-05"),
            Off("端午节", "06-10"),
            Off("中秋节", "09-15", "09-17"),
            Off("国庆节", "10-01", "10-07"),
            Work("春节调休上班", "02-04", "02-18"),
            Work("清明节调休上班", "04-07"),
            Work("劳动节调休上班", "04-28", "05-11"),
            Work("中秋节调休上班", "09-14"),
            Work("国庆节调休上班", "09-29", "10-12")),
        Year(2025,
            Off("元旦", "01-01"),
            Off("春节", "01-28", "02-04"),
            Off("清明节", "04-04", "04-06"),
            Off("劳动节", "05-01", "05-05"),
            Off("端午节", "05-31", "06-02"),
            Off("国庆节、中秋节", "10-01", "10-08"),
            Work("春节调休上班", "01-26", "02-08"),
            Work("劳动节调休上班", "04-27"),
            Work("国庆节、中秋节调休上班", "09-28", "10-11")),
        Year(2026,
            Off("元旦", "01-01", "01-03"),
            Off("春节", "02-15", "02-23"),
            Off("清明节", "04-04", "04-06"),
            Off("劳动节", "05-01", "05-05"),
            Off("端午节", "06-19", "06-21"),
            Off("中秋节", "09-25", "09-27"),
            Off("国庆节", "10-01", "10-07"),
            Work("元旦调休上班", "01-04"),
            Work("春节调休上班", "02-14", "02-28"),
            Work("劳动节调休上班", "05-09"),
            Work("国庆节调休上班", "09-20", "10-10")),
    ];

    private static YearSchedule Year(int year, params Func<int, IEnumerable<ScheduledDay>>[] entries) =>
        YearSchedule.Create(year, entries.SelectMany(e => e(year)));

    /// <summary>An off span "MM-dd" to "MM-dd" inclusive (or one day).</summary>
    private static Func<int, IEnumerable<ScheduledDay>> Off(string name, string first, string? last = null) => year =>
    {
        var start = Parse(year, first);
        var end = Parse(year, last ?? first);
        var days = new List<ScheduledDay>();
        for (var d = start; d <= end; d = d.AddDays(1))
        {
            days.Add(new ScheduledDay(d, ScheduledDayKind.Off, name));
        }

        return days;
    };

    private static Func<int, IEnumerable<ScheduledDay>> Work(string name, params string[] dates) => year =>
        dates.Select(d => new ScheduledDay(Parse(year, d), ScheduledDayKind.Work, name));

    private static DateOnly Parse(int year, string monthDay) =>
        DateOnly.ParseExact($"{year}-{monthDay}", "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
