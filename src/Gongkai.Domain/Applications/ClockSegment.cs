namespace Gongkai.Domain.Applications;

/// <summary>A run of consecutive days treated alike: counted working days (with the running
/// total), non-working days skipped (with the holiday names), or days in a pause (with the reason).</summary>
public sealed record ClockSegment(ClockSegmentKind Kind, DateOnly From, DateOnly To, int WorkingDays, int RunningTotal, string Label)
{
    public string Text
    {
        get
        {
            var range = From == To ? $"{From:yyyy年M月d日}" : $"{From:yyyy年M月d日}至{To:yyyy年M月d日}";
            return Kind switch
            {
                ClockSegmentKind.Counted => $"计入：{range}，{WorkingDays}个工作日（累计{RunningTotal}个）",
                ClockSegmentKind.Skipped => $"跳过：{range}，{Label}，非工作日",
                _ => $"暂停：{range}，{Label}，其间{WorkingDays}个工作日不计入期限",
            };
        }
    }
}
