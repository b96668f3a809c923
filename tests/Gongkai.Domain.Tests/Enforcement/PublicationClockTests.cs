using Gongkai.Domain.Calendar;
using Gongkai.Domain.Enforcement;

namespace Gongkai.Domain.Tests.Enforcement;

/// <summary>The 7/20-working-day publication clock (国办发〔2018〕118号) on the official 2020 schedule.
/// Expected dates counted by hand from the State Council notices: National Day and Mid-Autumn
/// 10-01…10-08 off with 09-27 (Sun) and 10-10 (Sat) worked; Spring Festival 01-24…02-02 off (as
/// extended on 2020-01-27) with 01-19 (Sun) worked.</summary>
public sealed class PublicationClockTests
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.Official;

    [Theory]
    // 09-29, 09-30, [10-01…10-08 off], 10-09, 10-10 (make-up Saturday), [10-11 Sun], 10-12, 10-13, 10-14.
    [InlineData("2020-09-28", EnforcementCategory.Licence, "2020-10-14")]
    [InlineData("2020-09-28", EnforcementCategory.Penalty, "2020-10-14")]
    // …then 10-15, 10-16, 10-19…10-23, 10-26…10-30, 11-02 = day 20.
    [InlineData("2020-09-28", EnforcementCategory.Coercion, "2020-11-02")]
    [InlineData("2020-09-28", EnforcementCategory.Inspection, "2020-11-02")]
    // 01-21, 01-22, 01-23, [01-24…02-02 off], 02-03, 02-04, 02-05, 02-06.
    [InlineData("2020-01-20", EnforcementCategory.Penalty, "2020-02-06")]
    [InlineData("2020-01-20", EnforcementCategory.Licence, "2020-02-06")]
    // …then 02-07, 02-10…02-14, 02-17…02-21, 02-24, 02-25 = day 20.
    [InlineData("2020-01-20", EnforcementCategory.Levy, "2020-02-25")]
    [InlineData("2020-01-20", EnforcementCategory.Other, "2020-02-25")]
    public void Due_date_counts_working_days_from_the_day_after_the_decision(string decided, EnforcementCategory category, string expected)
    {
        var due = PublicationClock.Due(Calendar, category, DateOnly.Parse(decided));
        Assert.Equal(DateOnly.Parse(expected), due.Due);
    }

    [Fact]
    public void The_explanation_names_the_rule_the_count_and_the_holiday()
    {
        var due = PublicationClock.Due(Calendar, EnforcementCategory.Licence, new DateOnly(2020, 9, 28));
        var text = PublicationClock.Explain(due, EnforcementCategory.Licence);
        Assert.Contains("7个工作日", text);
        Assert.Contains("国办发〔2018〕118号", text);
        Assert.Contains("2020年10月14日", text);
        Assert.Contains("国庆节", text);
    }

    [Fact]
    public void Late_publication_counts_working_days_after_the_due_date()
    {
        var due = new DateOnly(2020, 10, 14);
        Assert.Equal(0, PublicationClock.LateBy(Calendar, due, due));
        Assert.Equal(0, PublicationClock.LateBy(Calendar, due, new DateOnly(2020, 10, 1)));
        // 10-15 and 10-16 are working days; the weekend after does not count.
        Assert.Equal(2, PublicationClock.LateBy(Calendar, due, new DateOnly(2020, 10, 18)));
        Assert.Equal(3, PublicationClock.LateBy(Calendar, due, new DateOnly(2020, 10, 19)));
    }

    [Fact]
    public void Urgency_is_due_soon_within_three_working_days_and_overdue_after_the_due_date()
    {
        var due = new DateOnly(2020, 10, 14);
        Assert.Equal(PublicationUrgency.OnTime, PublicationClock.Urgency(Calendar, due, new DateOnly(2020, 9, 29)));
        // On 10-09 three working days reach 10-13 (10-10 is worked): not yet; on 10-10 they reach 10-14.
        Assert.Equal(PublicationUrgency.OnTime, PublicationClock.Urgency(Calendar, due, new DateOnly(2020, 10, 9)));
        Assert.Equal(PublicationUrgency.DueSoon, PublicationClock.Urgency(Calendar, due, new DateOnly(2020, 10, 10)));
        Assert.Equal(PublicationUrgency.DueSoon, PublicationClock.Urgency(Calendar, due, due));
        Assert.Equal(PublicationUrgency.Overdue, PublicationClock.Urgency(Calendar, due, new DateOnly(2020, 10, 15)));
    }

    [Theory]
    [InlineData("张三", "张某某")]
    [InlineData("李小龙", "李某某")]
    [InlineData("欧阳修文", "欧阳某某")]
    public void A_natural_persons_name_keeps_only_the_surname(string name, string masked) =>
        Assert.Equal(masked, PartyNameMask.Mask(name));

    [Fact]
    public void Simple_procedure_penalties_leave_view_after_three_months_and_other_penalties_after_three_years()
    {
        var periods = new PublicityPeriods();
        var on = new DateOnly(2020, 10, 14);
        Assert.Equal(new DateOnly(2021, 1, 13), periods.PublicUntil(EnforcementCategory.Penalty, simpleProcedure: true, on));
        Assert.Equal(new DateOnly(2023, 10, 13), periods.PublicUntil(EnforcementCategory.Penalty, simpleProcedure: false, on));
        Assert.Null(periods.PublicUntil(EnforcementCategory.Licence, simpleProcedure: false, on));
    }
}
