using Gongkai.Web.Features.Organizations;

namespace Gongkai.Web.Features.DisclosureGuides;

/// <summary>The starting text of a guide not yet written: standard wording for the parts that are
/// the same everywhere. The office's address, hours and phone are not part of it: the guide shows
/// them from the organ's current record (<see cref="GuideContactReader"/>).</summary>
public static class GuideDraft
{
    public static DisclosureGuide For(Organization organ) => new()
    {
        OrganizationId = organ.Id,
        Holdings = $"{organ.Name}依法履行职责，制作和获取的政府信息主要包括：机构职能类、政策文件类、规划计划类、财政预决算类、行政执法类、人事信息类等。",
        Channels = "（一）线上渠道：重庆市江津区人民政府网站“政府信息公开”专栏。\n（二）线下渠道：江津区政务服务中心政务公开专区、江津区档案馆、江津区图书馆政府信息查阅点。",
        Application = "（一）申请方式：申请人可以通过当面提交、邮政寄送、互联网在线申请、传真等方式提出政府信息公开申请，并填写《政府信息公开申请表》。\n" +
            "（二）申请处理：能够当场答复的当场予以答复；不能当场答复的，自收到申请之日起20个工作日内予以答复；需要延长答复期限的，经政府信息公开工作机构负责人同意并告知申请人，延长的期限最长不超过20个工作日。\n" +
            "（三）收费：行政机关依申请提供政府信息，不收取费用。申请人申请公开政府信息的数量、频次明显超过合理范围的，可以依照《政府信息公开信息处理费管理办法》收取信息处理费。",
        Office = "",
        OtherMatters = $"（一）监督和救济：公民、法人或者其他组织认为{organ.Name}在政府信息公开工作中侵犯其合法权益的，可以向上一级行政机关或者政府信息公开工作主管部门投诉、举报，也可以依法申请行政复议或者提起行政诉讼。",
    };
}
