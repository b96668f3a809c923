namespace Gongkai.Domain.Concerns;

/// <summary>How long an organ took to answer a public concern, shown with each response so readers
/// can judge the promptness the rules ask for (重大舆情 within 5 hours, a press conference within
/// 24 hours where needed; 国办发〔2016〕61号).</summary>
public static class ResponseTime
{
    /// <summary>Calendar days from the concern's date to the response's date.</summary>
    public static int Days(DateOnly raisedOn, DateOnly respondedOn) => respondedOn.DayNumber - raisedOn.DayNumber;

    /// <summary>当天回应, or 第 N 天回应 (N calendar days after the concern appeared).</summary>
    public static string Label(DateOnly raisedOn, DateOnly respondedOn) => Days(raisedOn, respondedOn) switch
    {
        0 => "当天回应",
        var d => $"{d} 天后回应",
    };

    /// <summary>A Chinese message when the dates cannot be right, null when they can.</summary>
    public static string? Check(DateOnly raisedOn, DateOnly respondedOn, DateOnly today)
    {
        if (respondedOn < raisedOn)
        {
            return "回应日期不能早于关切出现的日期。";
        }

        return respondedOn > today ? "回应日期不能晚于今天。" : null;
    }
}
