namespace Gongkai.Domain.Consultations;

/// <summary>The opening and closing dates of a 征求意见 and the rule on its length.
/// 《重大行政决策程序暂行条例》第十五条: the public is given "一般不少于30日" to comment on a major
/// decision; a shorter window needs a reason, which is recorded and shown to the public.
/// Both ends count (a window opening on 1 December and closing on 30 December lasts 30 days).</summary>
public static class ConsultationWindow
{
    public const int MajorDecisionMinimumDays = 30;

    public const int MaxReasonLength = 500;

    public static int Days(DateOnly opensOn, DateOnly closesOn) => closesOn.DayNumber - opensOn.DayNumber + 1;

    /// <summary>The refused field and a Chinese message when the window is not acceptable; null when it is.</summary>
    public static FieldError? Check(DateOnly opensOn, DateOnly closesOn, bool majorDecision, string? shortWindowReason)
    {
        if (closesOn < opensOn)
        {
            return new("closesOn", $"截止日期（{closesOn:yyyy-MM-dd}）早于开始日期（{opensOn:yyyy-MM-dd}），请检查征求意见的起止日期。");
        }

        var reason = shortWindowReason?.Trim() ?? "";
        if (reason.Length > MaxReasonLength)
        {
            return new("shortWindowReason", $"缩短征求意见期限的理由不超过 {MaxReasonLength} 字。");
        }

        var days = Days(opensOn, closesOn);
        if (majorDecision && days < MajorDecisionMinimumDays && reason.Length == 0)
        {
            return new("shortWindowReason", $"重大行政决策草案征求意见的期限一般不少于 {MajorDecisionMinimumDays} 日（《重大行政决策程序暂行条例》第十五条），"
                + $"本次只有 {days} 日；确需缩短的，请填写缩短期限的理由，理由将向社会公开。");
        }

        return null;
    }

    /// <summary>Whether the window is shorter than the rule asks (its reason is then shown).</summary>
    public static bool IsShort(DateOnly opensOn, DateOnly closesOn, bool majorDecision) =>
        majorDecision && Days(opensOn, closesOn) < MajorDecisionMinimumDays;
}
