namespace Gongkai.Web.Features.DisclosureGuides;

/// <summary>Fixed wording of the guide. The part headings are a district setting
/// (<see cref="GuideHeadingsService"/>, defaulting to the seed's).</summary>
public static class GuideHeadings
{
    /// <summary>The standard preamble of Chongqing guides.</summary>
    public const string Preamble = "为便于公民、法人和其他组织依法获取本机关的政府信息，规范政府信息公开申请提交和接收行为，增进政府信息公开工作方面的沟通理解，根据《中华人民共和国政府信息公开条例》，编制本指南并实时更新。";
}
