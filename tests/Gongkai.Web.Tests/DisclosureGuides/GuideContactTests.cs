using System.Net;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Gongkai.Domain.DisclosureGuides;
using Gongkai.Web.Features.DisclosureGuides;
using Gongkai.Web.Features.Identity;
using Gongkai.Web.Features.Organizations;
using Gongkai.Web.Tests.Infrastructure;
using Gongkai.Web.Tests.OrganizationFunctions;
using Gongkai.Web.Tests.Publications;
using Gongkai.Web.Tests.Search;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Tests.DisclosureGuides;

/// <summary>The guide's 工作机构 and 申请渠道 parts always show the organ's current address, hours and
/// phone (《条例》第十二条; copied once, they drifted; now read from the 机构职能 record),
/// and the guide uses the seed's five headings (江津府办发〔2020〕132号 五（三）).</summary>
public sealed class GuideContactTests(GongkaiFactory factory) : IClassFixture<GongkaiFactory>
{
    private static Dictionary<string, string> Fields(string office) => new()
    {
        ["Input.Holdings"] = "本机关持有机构职能类、政策文件类信息。",
        ["Input.Channels"] = "（一）线上渠道：江津区人民政府网站。",
        ["Input.Application"] = "（一）申请方式：当面、邮寄、网络、传真。\n当面提交地址：江津区抄进正文的旧地址路9号",
        ["Input.Office"] = office,
        ["Input.OtherMatters"] = "（一）监督和救济：可以投诉、举报，也可以依法申请行政复议或者提起行政诉讼。",
    };

    private async Task<int> OrganWithGuideAsync()
    {
        var orgId = await factory.PortalOrganAsync();
        await factory.WithDbAsync(async db =>
        {
            var organ = await db.Set<Organization>().SingleAsync(o => o.Id == orgId);
            (organ.OfficeName, organ.OfficeAddress, organ.OfficeHours, organ.OfficePhone) = ("办公室", "江津区目录地址路1号", "工作日上午", "023-47520001");
            await db.SaveChangesAsync();
        });
        var admin = await factory.StaffClientAsync(FunctionsTestKit.Unique("gc-"), (orgId, BusinessRole.OrganizationAdmin));
        var response = await admin.PostFormAsync($"/admin/guide/{orgId}", Fields("机构名称：办公室\n办公地址：江津区手抄地址路5号\n本机关政府信息公开工作由办公室承办。"));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return orgId;
    }

    private async Task<List<string>> WordParagraphsAsync(int orgId)
    {
        var docx = await factory.CreateClient().GetAsync($"/xxgk/{orgId}/guide.docx");
        using var stream = new MemoryStream(await docx.Content.ReadAsByteArrayAsync());
        using var doc = WordprocessingDocument.Open(stream, false);
        return doc.MainDocumentPart!.Document!.Body!.Elements<Paragraph>().Select(p => p.InnerText).ToList();
    }

    [Fact]
    public async Task Editing_the_functions_record_address_changes_the_guide_page_Word_file_and_search_text()
    {
        var orgId = await OrganWithGuideAsync();
        var reader = factory.CreateClient();

        // Before any 机构职能 record: the directory record's contact; the hand-copied lines are gone.
        var page = await reader.GetStringAsync($"/xxgk/{orgId}/guide");
        Assert.Contains("<p>办公地址：江津区目录地址路1号</p>", page);
        Assert.Contains("<p>当面提交地址：江津区目录地址路1号</p>", page);
        Assert.Contains("<p>本机关政府信息公开工作由办公室承办。</p>", page);
        Assert.DoesNotContain("手抄地址路", page);
        Assert.DoesNotContain("旧地址路", page);

        await factory.PublishAsync(orgId, "江津区几江街道新址路8号");
        page = await reader.GetStringAsync($"/xxgk/{orgId}/guide");
        Assert.Contains("<p>办公地址：江津区几江街道新址路8号</p>", page);
        Assert.Contains("<p>当面提交地址：江津区几江街道新址路8号</p>", page);
        Assert.Contains("<p>办公时间：工作日 9:00—12:00，14:00—17:30</p>", page);
        Assert.Contains("<p>联系电话：023-47521000</p>", page);
        Assert.DoesNotContain("目录地址路", page);
        var paragraphs = await WordParagraphsAsync(orgId);
        Assert.Contains("办公地址：江津区几江街道新址路8号", paragraphs);
        Assert.DoesNotContain(paragraphs, p => p.Contains("目录地址路", StringComparison.Ordinal));

        // The next edit of the record reaches the guide too, in search as well.
        await factory.PublishAsync(orgId, "江津区鼎山街道再迁路3号");
        Assert.Contains("<p>办公地址：江津区鼎山街道再迁路3号</p>", await reader.GetStringAsync($"/xxgk/{orgId}/guide"));
        Assert.Contains("办公地址：江津区鼎山街道再迁路3号", await WordParagraphsAsync(orgId));
        await factory.IndexedAsync();
        Assert.Contains(orgId, factory.AllIds("鼎山街道再迁路", kind: DisclosureGuideSearchSource.SourceKind));
        Assert.DoesNotContain(orgId, factory.AllIds("几江街道新址路", kind: DisclosureGuideSearchSource.SourceKind));
    }

    [Fact]
    public async Task The_guide_has_the_seeds_five_headings_with_supervision_inside_other_matters()
    {
        var orgId = await OrganWithGuideAsync();
        var page = await factory.CreateClient().GetStringAsync($"/xxgk/{orgId}/guide");
        string[] seed = ["一、本机关持有政府信息基本情况", "二、本机关对外发布政府信息情况", "三、政府信息公开申请渠道", "四、政府信息公开工作机构情况", "五、其他事项"];
        var positions = seed.Select(h => page.IndexOf($"<h2>{h}</h2>", StringComparison.Ordinal)).ToList();
        Assert.All(positions, p => Assert.True(p >= 0));
        Assert.Equal(positions.Order().ToList(), positions);
        Assert.True(page.IndexOf("监督和救济", StringComparison.Ordinal) > positions[4]);
        Assert.DoesNotContain("依申请公开政府信息情况", page);
        Assert.DoesNotContain("监督和救济渠道</h2>", page);
        var paragraphs = await WordParagraphsAsync(orgId);
        Assert.All(seed, h => Assert.Contains(h, paragraphs));
    }
}
