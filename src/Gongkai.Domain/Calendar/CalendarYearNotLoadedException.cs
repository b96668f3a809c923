namespace Gongkai.Domain.Calendar;

/// <summary>Thrown when a date falls in a year whose holiday schedule is not loaded. Answering from
/// weekends alone would silently give wrong deadlines around holidays (REGULATIONS.md §8), so the
/// calendar refuses instead and the caller must tell the person.</summary>
public sealed class CalendarYearNotLoadedException(int year)
    : Exception($"{year}年的节假日安排尚未录入，无法判断工作日或计算期限。请联系系统管理员录入{year}年国务院办公厅部分节假日安排。")
{
    public int Year { get; } = year;
}
