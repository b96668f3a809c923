namespace Gongkai.Domain.TaskDivision;

/// <summary>One time statement found in a measure. <see cref="Due"/> is set for the kinds that are
/// due dates; a recurring duty has its <see cref="Period"/>, a standing limit its
/// <see cref="Amount"/> and <see cref="Unit"/>; <see cref="Source"/> is the words it came from.</summary>
public sealed record MeasureDeadline(
    MeasureDeadlineKind Kind,
    DateOnly? Due,
    string Source,
    RecurrencePeriod? Period = null,
    int? Amount = null,
    string? Unit = null)
{
    public bool IsDueDate => Due is not null;

    /// <summary>A short Chinese description for tables and exports.</summary>
    public string Describe() => Kind switch
    {
        MeasureDeadlineKind.Date => $"{Due:yyyy年M月d日}前",
        MeasureDeadlineKind.MonthEnd => $"{Due:yyyy年M月}底前",
        MeasureDeadlineKind.YearEnd => $"{Due:yyyy年}底前",
        MeasureDeadlineKind.Recurring => $"{Source}（定期）",
        MeasureDeadlineKind.StandingLimit => $"时限：{Source}",
        MeasureDeadlineKind.Ongoing => $"{Source}（长期任务，定期报告进展）",
        _ => $"未写明期限，按{Due:yyyy年}底",
    };

    /// <summary>A compact invariant code (date:2020-10-30, recurring:Month, standing:7工作日) used by
    /// the API and the tests.</summary>
    public string Code => Kind switch
    {
        MeasureDeadlineKind.Recurring => $"recurring:{Period}",
        MeasureDeadlineKind.StandingLimit => $"standing:{Amount}{Unit}",
        MeasureDeadlineKind.Ongoing => $"ongoing:{Period}",
        _ => $"{CodeName(Kind)}:{Due:yyyy-MM-dd}",
    };

    private static string CodeName(MeasureDeadlineKind kind) => kind switch
    {
        MeasureDeadlineKind.Date => "date",
        MeasureDeadlineKind.MonthEnd => "monthEnd",
        MeasureDeadlineKind.YearEnd => "yearEnd",
        _ => "default",
    };
}
