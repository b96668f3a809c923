namespace Gongkai.Web.Features.DisclosureGuides;

/// <summary>The five headings. 一 to 三 are confirmed from Chongqing guides; the wording of 四 and
/// 五 is UNCONFIRMED (REGULATIONS.md §5) and follows the common usage.</summary>
public static class GuideHeadings
{
    public const string Holdings = "一、本机关持有政府信息基本情况";
    public const string Channels = "二、本机关主动公开政府信息情况";
    public const string Application = "三、本机关依申请公开政府信息情况";
    public const string Office = "四、本机关政府信息公开工作机构";
    public const string Supervision = "五、监督和救济渠道";

    /// <summary>The standard preamble of Chongqing guides.</summary>
    public const string Preamble = "为便于公民、法人和其他组织依法获取本机关的政府信息，规范政府信息公开申请提交和接收行为，增进政府信息公开工作方面的沟通理解，根据《中华人民共和国政府信息公开条例》，编制本指南并实时更新。";
}
