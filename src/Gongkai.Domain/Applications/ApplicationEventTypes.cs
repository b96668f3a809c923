namespace Gongkai.Domain.Applications;

/// <summary>Stable API codes and Chinese names of <see cref="ApplicationEventType"/>.</summary>
public static class ApplicationEventTypes
{
    public static IReadOnlyList<ApplicationEventType> All { get; } = Enum.GetValues<ApplicationEventType>();

    public static string Code(ApplicationEventType type)
    {
        var name = type.ToString();
        return char.ToLowerInvariant(name[0]) + name[1..];
    }

    public static string Name(ApplicationEventType type) => type switch
    {
        ApplicationEventType.Received => "收到申请",
        ApplicationEventType.CorrectionRequested => "告知补正",
        ApplicationEventType.CorrectionReceived => "收到补正",
        ApplicationEventType.CorrectionLapsed => "逾期未补正",
        ApplicationEventType.ThirdPartyConsultationStarted => "征求第三方意见",
        ApplicationEventType.ThirdPartyConsultationEnded => "第三方意见征求结束",
        ApplicationEventType.OrganConsultationStarted => "征求其他机关意见",
        ApplicationEventType.OrganConsultationEnded => "其他机关意见征求结束",
        ApplicationEventType.ExtensionApproved => "延长答复期限",
        ApplicationEventType.ReplyDeferred => "延迟答复（第三十五条）",
        ApplicationEventType.FeeNoticeSent => "发出收费通知",
        ApplicationEventType.FeeNoticeReceived => "申请人收到收费通知",
        ApplicationEventType.FeePaid => "申请人缴费",
        ApplicationEventType.FeeUnpaid => "逾期未缴费",
        ApplicationEventType.Replied => "答复",
        ApplicationEventType.Archived => "归档",
        ApplicationEventType.Reconsideration => "行政复议",
        _ => "行政诉讼",
    };

    public static ApplicationEventType? Parse(string? code) =>
        All.Cast<ApplicationEventType?>().FirstOrDefault(t => string.Equals(Code(t!.Value), code?.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>A stored code back to its value; an unknown code is a corrupt row, not input.</summary>
    public static ApplicationEventType FromCode(string code) =>
        Parse(code) ?? throw new InvalidOperationException("Unknown stored application event type " + code);
}
