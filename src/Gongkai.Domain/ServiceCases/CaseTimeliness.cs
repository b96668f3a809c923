namespace Gongkai.Domain.ServiceCases;

/// <summary>Whether a case kept its 承诺办结日期: finished on or before it is on time, finished after
/// it is overdue; an open case is overdue once the promised day has passed.</summary>
public enum CaseTimeliness
{
    Open,
    OnTime,
    Overdue,
    OpenOverdue,
}

public static class CaseTimelinessRules
{
    public static CaseTimeliness Of(DateOnly promisedOn, DateOnly? finishedOn, DateOnly today) => finishedOn switch
    {
        { } f when f <= promisedOn => CaseTimeliness.OnTime,
        not null => CaseTimeliness.Overdue,
        null when today > promisedOn => CaseTimeliness.OpenOverdue,
        _ => CaseTimeliness.Open,
    };

    public static string Label(CaseTimeliness t) => t switch
    {
        CaseTimeliness.OnTime => "按时办结",
        CaseTimeliness.Overdue => "超期办结",
        CaseTimeliness.OpenOverdue => "办理中（已超过承诺办结日期）",
        _ => "办理中",
    };
}
