namespace Gongkai.Web.Features.Calendar;

/// <summary>A year whose holiday schedule is loaded, with where it came from and who last changed
/// it. A year without a row here is "not loaded": deadlines into it are refused.</summary>
public sealed class CalendarYear
{
    public int Year { get; set; }

    /// <summary>"国务院办公厅部分节假日安排通知（平台内置）", "管理员录入", "文件导入：xxx.txt".</summary>
    public required string Source { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>The staff member's user name, or null when the platform seeded it.</summary>
    public string? UpdatedBy { get; set; }

    public List<CalendarDay> Days { get; set; } = [];
}
