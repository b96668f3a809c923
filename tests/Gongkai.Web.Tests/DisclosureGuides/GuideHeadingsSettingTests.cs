using System.Net;
using Gongkai.Web.Features.Identity;
using Gongkai.Web.Tests.Infrastructure;
using Gongkai.Web.Tests.OrganizationFunctions;
using Gongkai.Web.Tests.Publications;

namespace Gongkai.Web.Tests.DisclosureGuides;

/// <summary>The district office sets the guide's five headings (“let the district office edit
/// the headings as a setting for when the rules change”). Its own factory: the setting is district-wide.</summary>
public sealed class GuideHeadingsSettingTests(GongkaiFactory factory) : IClassFixture<GongkaiFactory>
{
    [Fact]
    public async Task Changing_the_headings_setting_changes_the_guide_page_and_only_the_district_office_may()
    {
        var orgId = await factory.PortalOrganAsync();
        var admin = await factory.StaffClientAsync(FunctionsTestKit.Unique("gh-"), (orgId, BusinessRole.OrganizationAdmin));
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync($"/admin/guide/{orgId}", new()
        {
            ["Input.Holdings"] = "本机关持有机构职能类信息。",
            ["Input.Channels"] = "（一）线上渠道：江津区人民政府网站。",
            ["Input.Application"] = "（一）申请方式：当面、邮寄、网络、传真。",
            ["Input.Office"] = "",
            ["Input.OtherMatters"] = "（一）监督和救济：可以依法申请行政复议或者提起行政诉讼。",
        })).StatusCode);
        var reader = factory.CreateClient();
        Assert.Contains("<h2>五、其他事项</h2>", await reader.GetStringAsync($"/xxgk/{orgId}/guide"));

        // An organ's administrator is not the district office.
        Assert.Equal(HttpStatusCode.Forbidden, (await admin.GetAsync("/admin/guide/headings")).StatusCode);

        var office = await factory.StaffClientAsync(FunctionsTestKit.Unique("gh-sup-"), (orgId, BusinessRole.Supervisor));
        var form = new Dictionary<string, string>
        {
            ["Headings[0]"] = "本机关持有政府信息基本情况",
            ["Headings[1]"] = "本机关对外发布政府信息情况",
            ["Headings[2]"] = "政府信息公开申请渠道",
            ["Headings[3]"] = "政府信息公开工作机构情况",
            ["Headings[4]"] = "五、其他事项",
        };
        var refused = await office.PostFormAsync("/admin/guide/headings", form);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("第五部分标题请不要带序号", await refused.Content.ReadAsStringAsync());

        form["Headings[4]"] = "其他事项（含监督和救济渠道）";
        Assert.Equal(HttpStatusCode.Redirect, (await office.PostFormAsync("/admin/guide/headings", form)).StatusCode);
        var page = await reader.GetStringAsync($"/xxgk/{orgId}/guide");
        Assert.Contains("<h2>五、其他事项（含监督和救济渠道）</h2>", page);
        Assert.Contains("其他事项（含监督和救济渠道）", await admin.GetStringAsync($"/admin/guide/{orgId}"));
    }
}
