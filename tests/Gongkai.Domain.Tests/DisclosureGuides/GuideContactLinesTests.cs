using Gongkai.Domain.DisclosureGuides;

namespace Gongkai.Domain.Tests.DisclosureGuides;

/// <summary>The contact lines of parts 三 and 四 are never stored, only added from the current contact
/// (the 工作机构 part was copied once and drifted).</summary>
public sealed class GuideContactLinesTests
{
    private static readonly OrganContact Contact = new("区教委办公室", "江津区新址路8号", "工作日 9:00—17:30", "023-47521000", null, "402260",
        "xxgk@jiangjin.gov.cn", null, FromFunctionsRecord: true);

    [Fact]
    public void Stored_contact_lines_are_replaced_by_the_current_ones()
    {
        var office = GuideContactLines.Office("机构名称：旧名称\n办公地址：旧地址路1号\n联系电话:023-1\n由办公室承办。", Contact);
        Assert.Equal("机构名称：区教委办公室\n办公地址：江津区新址路8号\n办公时间：工作日 9:00—17:30\n联系电话：023-47521000\n邮政编码：402260\n电子邮箱：xxgk@jiangjin.gov.cn\n由办公室承办。", office);

        var application = GuideContactLines.Application("（一）申请方式：当面、邮寄。\n当面提交地址：旧地址路1号", Contact);
        Assert.Equal("（一）申请方式：当面、邮寄。\n当面提交地址：江津区新址路8号\n信函申请地址：江津区新址路8号，区教委办公室收（邮政编码：402260）\n受理时间：工作日 9:00—17:30\n咨询电话：023-47521000", application);
    }

    [Fact]
    public void The_seeds_headings_are_the_default_and_a_heading_with_its_own_numeral_is_refused()
    {
        Assert.Equal(["一、本机关持有政府信息基本情况", "二、本机关对外发布政府信息情况", "三、政府信息公开申请渠道", "四、政府信息公开工作机构情况", "五、其他事项"],
            GuideHeadingSet.Seed.Numbered);
        Assert.Equal(["第二部分标题请不要带序号“二、”，页面和 Word 文件会自动编号。", "请填写第三部分标题。"],
            GuideHeadingSet.Check(["本机关持有政府信息基本情况", "二、渠道", " ", "工作机构", "其他事项"]));
    }
}
