using AngleSharp.Html.Parser;
using Gongkai.Web.Tests.Infrastructure;

namespace Gongkai.Web.Tests.Portal;

/// <summary>The portal shell's name and footer come from configuration (<c>Gongkai:Site:*</c>), so
/// another district or a renamed sponsor needs no code change.</summary>
public sealed class SiteSettingsTests
{
    [Fact]
    public async Task Site_name_and_every_footer_item_come_from_configuration()
    {
        using var factory = new GongkaiFactory()
            .With("Gongkai:Site:Name", "测试区人民政府")
            .With("Gongkai:Site:Sponsor", "测试区人民政府办公室")
            .With("Gongkai:Site:Contact", "023-12345678")
            .With("Gongkai:Site:SiteCode", "5001169999")
            .With("Gongkai:Site:IcpNumber", "渝ICP备12345678号")
            .With("Gongkai:Site:PoliceNumber", "渝公网安备 50011699999999号");
        var doc = new HtmlParser().ParseDocument(await factory.CreateClient().GetStringAsync("/"));

        Assert.Contains("测试区人民政府", doc.Title);
        var footer = doc.QuerySelector("footer")!.TextContent;
        foreach (var value in new[] { "测试区人民政府办公室", "023-12345678", "5001169999", "渝ICP备12345678号", "渝公网安备 50011699999999号" })
        {
            Assert.Contains(value, footer);
        }

        Assert.DoesNotContain("重庆市江津区人民政府办公室", footer);
    }
}
