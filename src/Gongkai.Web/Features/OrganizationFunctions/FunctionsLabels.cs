using Gongkai.Domain.OrganizationFunctions;

namespace Gongkai.Web.Features.OrganizationFunctions;

/// <summary>Chinese names of the version states, for staff pages and the API.</summary>
public static class FunctionsLabels
{
    public static string Of(FunctionsVersionStatus status) => status switch
    {
        FunctionsVersionStatus.PendingReview => "待审核",
        FunctionsVersionStatus.Published => "已发布（现行）",
        FunctionsVersionStatus.Superseded => "已被新版本替代",
        FunctionsVersionStatus.SentBack => "已退回",
        FunctionsVersionStatus.Withdrawn => "已被更新的修改替代（未发布）",
        _ => status.ToString(),
    };
}
