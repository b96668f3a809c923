namespace Gongkai.Web.Features.AnnualReports;

/// <summary>Keys of the 信息处理费 facts for 六、其他需要报告的事项 (国办函〔2020〕109号; what 30号 asks
/// there is UNCONFIRMED, practice reports the notices and the amount collected). The applications
/// feature gives them from its <c>feeNoticeSent</c>/<c>feePaid</c> events; without that source the
/// draft asks staff to fill them in.</summary>
public static class FeeFacts
{
    public const string NoticeCount = "fees.notices.count";
    public const string NoticeAmount = "fees.notices.amount";
    public const string PaidCount = "fees.paid.count";
    public const string CollectedAmount = "fees.processing.amount";
}
