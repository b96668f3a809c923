using Gongkai.Domain.Publications;

namespace Gongkai.Web.Features.Publications;

/// <summary>Chinese names of the feature's enums, for pages and the API.</summary>
public static class PublicationLabels
{
    public static string Of(PublicationValidity validity) => validity switch
    {
        PublicationValidity.Valid => "有效",
        PublicationValidity.Amended => "已修改",
        PublicationValidity.Repealed => "已废止",
        PublicationValidity.Expired => "失效",
        _ => validity.ToString(),
    };

    /// <summary>The 有效性 written as a label (有效、已修改、已废止、失效) or an API name (Valid…); blank is 有效.</summary>
    public static bool TryParseValidity(string? text, out PublicationValidity validity)
    {
        validity = PublicationValidity.Valid;
        var trimmed = text?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return true;
        }

        foreach (var v in Enum.GetValues<PublicationValidity>())
        {
            if (trimmed == Of(v) || string.Equals(trimmed, v.ToString(), StringComparison.OrdinalIgnoreCase))
            {
                validity = v;
                return true;
            }
        }

        return false;
    }

    public static string Of(PublicationStatus status) => status switch
    {
        PublicationStatus.Draft => "草稿",
        PublicationStatus.InReview => "审核中",
        PublicationStatus.Scheduled => "定时发布",
        PublicationStatus.Published => "已发布",
        PublicationStatus.Withdrawn => "已撤回",
        _ => status.ToString(),
    };

    public static string Of(ReviewDecision decision) => decision switch
    {
        ReviewDecision.Created => "创建草稿",
        ReviewDecision.Submitted => "提交审核",
        ReviewDecision.Approved => "审核通过",
        ReviewDecision.SentBack => "退回修改",
        ReviewDecision.Published => "发布",
        ReviewDecision.Scheduled => "定时发布",
        ReviewDecision.Withdrawn => "撤回",
        ReviewDecision.CorrectionStarted => "发起更正",
        ReviewDecision.Imported => "批量导入",
        ReviewDecision.ChecksOverridden => "忽略发布前检查问题",
        ReviewDecision.Proofread => "校对",
        ReviewDecision.ConfidentialityCheck => "保密审查",
        _ => decision.ToString(),
    };

    /// <summary>A history step as staff read it: 校对 names its round (一校 …), 保密审查 its result.</summary>
    public static string Of(ReviewAction step, int stages) => step.Decision switch
    {
        ReviewDecision.Proofread when step.Stage >= 1 && step.Stage <= stages => $"校对（{Domain.Publications.ReviewStages.ProofreadName(step.Stage, stages)}）",
        ReviewDecision.ConfidentialityCheck => step.Passed == true ? "保密审查：通过" : "保密审查：不通过，退回修改",
        _ => Of(step.Decision),
    };
}
