namespace Gongkai.Domain.Applications;

/// <summary>The 21 reply outcomes, one per row of the 2021 annual-report table 三 (REGULATIONS.md
/// §3.3). Every reply has exactly one. The articles are those of the 2019 《条例》 that reply
/// letters of that kind cite.</summary>
public static class ApplicationOutcomes
{
    public const string NoCorrection = "other.noCorrection";
    public const string FeeUnpaid = "other.feeUnpaid";

    public static IReadOnlyList<ApplicationOutcome> All { get; } =
    [
        new("granted", "予以公开", "予以公开", "第三十六条第（二）项"),
        new("partlyGranted", "部分公开", "部分公开（区分处理）", "第三十七条"),
        new("denied.stateSecret", "不予公开", "属于国家秘密", "第十四条"),
        new("denied.lawForbidden", "不予公开", "其他法律行政法规禁止公开", "第十四条"),
        new("denied.safetyStability", "不予公开", "危及“三安全一稳定”", "第十四条"),
        new("denied.thirdPartyRights", "不予公开", "保护第三方合法权益", "第十五条、第三十二条"),
        new("denied.internalAffairs", "不予公开", "属于三类内部事务信息", "第十六条第一款"),
        new("denied.processInfo", "不予公开", "属于四类过程性信息", "第十六条第二款"),
        new("denied.enforcementCase", "不予公开", "属于行政执法案卷", "第十六条第二款"),
        new("denied.adminQuery", "不予公开", "属于行政查询事项", "第三十六条第（七）项"),
        new("unable.notHeld", "无法提供", "本机关不掌握相关政府信息", "第三十六条第（四）项、第（五）项"),
        new("unable.needsCreation", "无法提供", "没有现成信息需要另行制作", "第三十八条"),
        new("unable.unclearAfterCorrection", "无法提供", "补正后申请内容仍不明确", "第三十条"),
        new("notProcessed.petition", "不予处理", "信访举报投诉类申请", "第三十九条第一款"),
        new("notProcessed.repeat", "不予处理", "重复申请", "第三十六条第（六）项"),
        new("notProcessed.publication", "不予处理", "要求提供公开出版物", "第三十九条第二款"),
        new("notProcessed.massRepeated", "不予处理", "无正当理由大量反复申请", "第三十五条"),
        new("notProcessed.confirmExisting", "不予处理", "要求行政机关确认或重新出具已获取信息", "第三十九条"),
        new(NoCorrection, "其他处理", "申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", "第三十条"),
        new(FeeUnpaid, "其他处理", "申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "第四十二条，《政府信息公开信息处理费管理办法》"),
        new("other.other", "其他处理", "其他", "第三十六条"),
    ];

    public static ApplicationOutcome? Find(string? code) =>
        All.FirstOrDefault(o => string.Equals(o.Code, code?.Trim(), StringComparison.Ordinal));
}
