using Gongkai.Domain.Calendar;
using Gongkai.Domain.NormativeDocuments;

namespace Gongkai.Domain.Tests.NormativeDocuments;

public sealed class InterpretationRuleTests
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.Official;

    private static DateOnly D(string s) => DateOnly.Parse(s, System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void Three_working_days_run_past_National_Day_2025_to_the_makeup_Saturday()
    {
        // Published Tue 2025-09-30; 10-01..10-08 off; Thu 10-09, Fri 10-10, Sat 10-11 (调休上班).
        var onTime = InterpretationRule.Assess(true, D("2025-09-30"), D("2025-10-11"), D("2025-11-01"), 3, Calendar);
        Assert.Equal(InterpretationStatus.OnTime, onTime.Status);
        Assert.Equal(D("2025-10-11"), onTime.Deadline!.Due);

        var late = InterpretationRule.Assess(true, D("2025-09-30"), D("2025-10-13"), D("2025-11-01"), 3, Calendar);
        Assert.Equal(InterpretationStatus.Late, late.Status);
    }

    [Fact]
    public void Same_day_interpretation_is_on_time()
    {
        Assert.Equal(InterpretationStatus.OnTime, InterpretationRule.Assess(true, D("2026-09-30"), D("2026-09-30"), D("2026-09-30"), 3, Calendar).Status);
    }

    [Fact]
    public void Missing_interpretation_is_pending_through_the_holiday_then_overdue()
    {
        // Wed 2026-09-30; 10-01..10-07 off; Thu 10-08, Fri 10-09, Sat 10-10 (调休上班).
        var during = InterpretationRule.Assess(true, D("2026-09-30"), null, D("2026-10-07"), 3, Calendar);
        Assert.Equal(InterpretationStatus.Pending, during.Status);
        Assert.Equal(D("2026-10-10"), during.Deadline!.Due);
        Assert.Equal(InterpretationStatus.Pending, InterpretationRule.Assess(true, D("2026-09-30"), null, D("2026-10-10"), 3, Calendar).Status);
        Assert.Equal(InterpretationStatus.Overdue, InterpretationRule.Assess(true, D("2026-09-30"), null, D("2026-10-11"), 3, Calendar).Status);
    }

    [Fact]
    public void Setting_changes_the_number_of_days()
    {
        Assert.Equal(D("2026-10-12"), InterpretationRule.Assess(true, D("2026-09-30"), null, D("2026-10-01"), 4, Calendar).Deadline!.Due);
    }

    [Fact]
    public void Documents_not_marked_need_no_interpretation()
    {
        Assert.Equal(InterpretationStatus.NotRequired, InterpretationRule.Assess(false, D("2026-09-30"), null, D("2026-12-01"), 3, Calendar).Status);
    }
}
