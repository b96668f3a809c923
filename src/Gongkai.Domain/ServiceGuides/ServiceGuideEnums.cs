namespace Gongkai.Domain.ServiceGuides;

/// <summary>服务对象 as the portal groups guides: the 个人办事 and 法人办事 themes.</summary>
public enum ServiceTheme
{
    /// <summary>个人办事: natural persons.</summary>
    Personal,

    /// <summary>法人办事: legal persons and other organisations.</summary>
    Legal,

    /// <summary>Both themes list the guide.</summary>
    Both,
}

/// <summary>Whether an applicant brings the 原件, a 复印件, or both.</summary>
public enum MaterialForm
{
    Original,
    Copy,
    OriginalAndCopy,
}

/// <summary>纸质 or 电子 (or either).</summary>
public enum MaterialMedium
{
    Paper,
    Electronic,
    PaperOrElectronic,
}

/// <summary>Where a guide is in its review.</summary>
public enum ServiceGuideStatus
{
    /// <summary>Being written by the organ's editors; not public.</summary>
    Draft,

    /// <summary>Submitted; a reviewer of the organ approves or returns it.</summary>
    Pending,

    /// <summary>Approved and public at /bszn/{id}.</summary>
    Published,

    /// <summary>Sent back by the reviewer with a reason; editable again.</summary>
    Returned,

    /// <summary>Taken off the public site by the organ; kept, editable and resubmittable.</summary>
    Withdrawn,
}

/// <summary>The uploads a guide carries: a material's blank form and filled sample (§7.2 表格下载),
/// and the flow chart of 办理流程.</summary>
public enum GuideFileKind
{
    BlankForm,
    Sample,
    FlowChart,
}

public static class ServiceGuideNames
{
    public static string Theme(ServiceTheme t) => t switch
    {
        ServiceTheme.Personal => "个人办事",
        ServiceTheme.Legal => "法人办事",
        _ => "个人办事、法人办事",
    };

    public static string ThemeCode(ServiceTheme t) => t switch
    {
        ServiceTheme.Personal => "personal",
        ServiceTheme.Legal => "legal",
        _ => "both",
    };

    public static ServiceTheme? ParseTheme(string? s) => (s ?? "").Trim() switch
    {
        "personal" or "个人" or "个人办事" => ServiceTheme.Personal,
        "legal" or "法人" or "法人办事" => ServiceTheme.Legal,
        "both" or "个人办事、法人办事" => ServiceTheme.Both,
        _ => null,
    };

    public static string Form(MaterialForm f) => f switch
    {
        MaterialForm.Original => "原件",
        MaterialForm.Copy => "复印件",
        _ => "原件和复印件",
    };

    public static MaterialForm? ParseForm(string? s) => (s ?? "").Trim() switch
    {
        "original" or "原件" => MaterialForm.Original,
        "copy" or "复印件" => MaterialForm.Copy,
        "originalAndCopy" or "原件和复印件" => MaterialForm.OriginalAndCopy,
        _ => null,
    };

    public static string Medium(MaterialMedium m) => m switch
    {
        MaterialMedium.Paper => "纸质",
        MaterialMedium.Electronic => "电子",
        _ => "纸质或电子",
    };

    public static MaterialMedium? ParseMedium(string? s) => (s ?? "").Trim() switch
    {
        "paper" or "纸质" => MaterialMedium.Paper,
        "electronic" or "电子" => MaterialMedium.Electronic,
        "paperOrElectronic" or "纸质或电子" => MaterialMedium.PaperOrElectronic,
        _ => null,
    };

    public static string Status(ServiceGuideStatus s) => s switch
    {
        ServiceGuideStatus.Draft => "草稿",
        ServiceGuideStatus.Pending => "待审核",
        ServiceGuideStatus.Published => "已公开",
        ServiceGuideStatus.Returned => "已退回",
        _ => "已撤回",
    };

    public static string File(GuideFileKind k) => k switch
    {
        GuideFileKind.BlankForm => "空白表格",
        GuideFileKind.Sample => "填写样表",
        _ => "流程图",
    };

    public static GuideFileKind? ParseFile(string? s) => (s ?? "").Trim() switch
    {
        "blankForm" => GuideFileKind.BlankForm,
        "sample" => GuideFileKind.Sample,
        "flowChart" => GuideFileKind.FlowChart,
        _ => null,
    };
}
