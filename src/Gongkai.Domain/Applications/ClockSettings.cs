namespace Gongkai.Domain.Applications;

/// <summary>The points of the clock the law leaves open (REGULATIONS.md §2.1–2.2).</summary>
/// <param name="PauseWhileFeeNoticeOpen">Whether the reply clock stops between a fee notice and
/// payment. UNCONFIRMED in the sources; paused by default.</param>
/// <param name="PostDeemedReceiptDays">Calendar days after posting on which a notice sent by post
/// is deemed received when no return receipt (回执) has been recorded. 国办函〔2020〕109号 counts
/// the payment period from the day the applicant <em>receives</em> the fee notice but says nothing
/// of deemed receipt; the default of 15 follows the rule for documents sent by post in
/// 《专利法实施细则》第四条 (推定自发出之日起满15日收到) — an analogy, UNCONFIRMED for 109号, chosen
/// because a late deemed receipt can never close a case as 逾期未缴费 too early.</param>
/// <param name="ElectronicDeemedReceiptDays">Calendar days after sending on which an electronic
/// notice is deemed received: 0, the day it reaches the applicant's system (the rule of
/// 《民事诉讼法》第九十条 for electronic service, by analogy; UNCONFIRMED for 109号).</param>
/// <param name="CountFromNextDay">Day 1 of the reply and correction periods (《条例》第三十条、
/// 第三十三条: 自收到申请之日起) is the first working day after receipt (「自…之日的次日起计算」).
/// The 次日 rule comes from commentary, not from the 《条例》 text (REGULATIONS.md §2.1), so a
/// district may count the day of receipt itself; on by default.</param>
public sealed record ClockSettings(bool PauseWhileFeeNoticeOpen = true, int PostDeemedReceiptDays = 15, int ElectronicDeemedReceiptDays = 0, bool CountFromNextDay = true)
{
    /// <summary>The day before day 1 of a period that runs 自<paramref name="received"/>之日起.</summary>
    public DateOnly DayBeforeFirst(DateOnly received) => CountFromNextDay ? received : received.AddDays(-1);

    public static ClockSettings Default { get; } = new();

    /// <summary>The day a notice sent on <paramref name="sent"/> is deemed received. Handed over in
    /// person it is received that day; without a known delivery it is treated as electronic.</summary>
    public DateOnly DeemedReceipt(DateOnly sent, NoticeDelivery? delivery) => delivery switch
    {
        NoticeDelivery.Post => sent.AddDays(PostDeemedReceiptDays),
        NoticeDelivery.InPerson => sent,
        _ => sent.AddDays(ElectronicDeemedReceiptDays),
    };

    /// <summary>The deemed-receipt rule in words, for the explanation of the clock.</summary>
    public string DeemedReceiptRule(NoticeDelivery? delivery) => delivery switch
    {
        NoticeDelivery.Post => $"邮寄的，未登记回执签收日期时推定为发出之日起第{PostDeemedReceiptDays}日收到",
        NoticeDelivery.InPerson => "当面送达的，以送达之日为收到之日",
        _ => ElectronicDeemedReceiptDays == 0 ? "电子方式发送的，以发送之日为收到之日" : $"电子方式发送的，推定为发送之日起第{ElectronicDeemedReceiptDays}日收到",
    };
}
