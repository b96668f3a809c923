namespace Gongkai.Domain.Calendar;

/// <summary>A deadline counted in working days, which explains itself: day 1 is the first working
/// day after <see cref="From"/> (「自…之日的次日起计算」, REGULATIONS.md §2.1), and every day
/// passed over is listed with the reason it did not count.</summary>
public sealed record Deadline(DateOnly From, int WorkingDays, DateOnly Due, IReadOnlyList<DateOnly> CountedDays, IReadOnlyList<SkippedDay> Skipped)
{
    /// <summary>One Chinese sentence for letters and pages.</summary>
    public string Explanation
    {
        get
        {
            var text = $"自{From:yyyy年M月d日}的次日起计算{WorkingDays}个工作日，期限届满日为{Due:yyyy年M月d日}";
            if (Skipped.Count == 0)
            {
                return text + "，期间没有非工作日。";
            }

            var holidays = Skipped.Where(s => s.Name is not ("周六" or "周日")).Select(s => s.Name).Distinct().ToList();
            return text + $"，跳过非工作日{Skipped.Count}天" + (holidays.Count == 0 ? "（均为周末）。" : $"（含{string.Join("、", holidays)}）。");
        }
    }
}
