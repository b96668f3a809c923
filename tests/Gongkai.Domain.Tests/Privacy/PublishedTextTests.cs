using Gongkai.Domain.Privacy;

namespace Gongkai.Domain.Tests.Privacy;

/// <summary>Security review (personal information on every public path, API errors, health details, password history): readable attributes and known names.</summary>
public sealed class PublishedTextTests
{
    private const string Id = "500116199001011234";

    [Theory]
    [InlineData("<img src=\"a.png\" alt=\"" + Id + "\">")]
    [InlineData("<span title='电话 138 1234 5678'>联系人</span>")]
    [InlineData("<a href=\"mailto:zhang%73an@qq.com\">写信</a>")]
    [InlineData("<a href=\"tel:+86-138-1234-5678\">拨打</a>")]
    [InlineData("<img alt=&quot;x&quot; title=\"&#53;00116199001011234\">")]
    public void Personal_information_in_a_readable_attribute_is_found(string html) =>
        Assert.NotEmpty(new PersonalInformationDetector().ScanAttributes(html));

    [Theory]
    [InlineData("<a href=\"https://example.com/13812345678\">链接</a>")]
    [InlineData("<p>alt=\"" + Id + "\" 是正文里的字，不是属性</p>")]
    public void Other_attributes_and_text_that_only_looks_like_one_are_left_to_the_text_scan(string html) =>
        Assert.Empty(new PersonalInformationDetector().ScanAttributes(html));

    [Theory]
    [InlineData("张三申请的文件", "张*申请的文件")]
    [InlineData("张 三申请的文件", "张*申请的文件")]
    [InlineData("张\u200B三申请的文件", "张*申请的文件")]
    [InlineData("欧阳·小明的申请", "欧***的申请")]
    public void Known_names_are_found_however_they_are_spaced(string text, string expected)
    {
        var detector = new PersonalInformationDetector(knownNames: ["张三", "欧阳小明"]);
        var findings = detector.Scan(text);
        var f = Assert.Single(findings);
        Assert.Equal(PersonalInformationKind.PersonName, f.Kind);
        Assert.Equal(expected, text[..f.Start] + f.Masked + text[f.End..]);
    }
}
