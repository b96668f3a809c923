using System.Net;
using Gongkai.Web.Features.Consultations;
using Gongkai.Web.Features.Identity;
using Gongkai.Web.Tests.Infrastructure;
using Gongkai.Web.Tests.Publications;

namespace Gongkai.Web.Tests.Consultations;

public sealed class ConsultationPagesTests(GongkaiFactory factory) : IClassFixture<GongkaiFactory>
{
    [Fact]
    public async Task The_public_comments_through_the_form_and_the_organ_screens_it_on_the_staff_page()
    {
        var organ = await factory.OrganWithEditorAsync();
        var title = "物业管理办法（征求意见稿）" + Search.SearchTestKit.Marker();
        var id = await organ.OpenedAsync(factory, title);
        var visitor = factory.CreateClient();

        var list = await visitor.GetStringAsync($"{ConsultationUrls.Index}?organization={organ.Id}&state=open");
        Assert.Contains(title, list);
        Assert.DoesNotContain(title, await visitor.GetStringAsync($"{ConsultationUrls.Index}?organization={organ.Id}&state=closed"));

        var page = await visitor.GetStringAsync(ConsultationUrls.Page(id));
        Assert.Contains("<option value=\"p2\">第一条 为了规范城市道路停车秩序", page);
        Assert.Contains("信函：重庆市江津区某某路1号", page);

        // Too long: the message names the limit and what was typed stays in the form.
        var tooLong = await (await visitor.PostFormAsync(ConsultationUrls.Page(id), new()
        {
            ["Form.Version"] = "1",
            ["Form.Text"] = "物业" + new string('费', 3000),
            ["Form.Name"] = "孙丽",
            ["Form.Phone"] = "13300001111",
        })).Content.ReadAsStringAsync();
        Assert.Contains("意见内容不超过 3000 字", tooLong);
        Assert.Contains("value=\"孙丽\"", tooLong);

        var sent = await visitor.PostFormAsync(ConsultationUrls.Page(id), new()
        {
            ["Form.Version"] = "1",
            ["Form.Anchor"] = "p3",
            ["Form.Text"] = "建议明确物业费调整的听证程序。",
            ["Form.Name"] = "孙丽",
            ["Form.Phone"] = "13300001111",
            ["Form.DisplayName"] = "小区业主",
        });
        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        Assert.Contains("id=\"comment-sent\"", await sent.Content.ReadAsStringAsync());
        // Not shown before screening.
        Assert.DoesNotContain("听证程序", await visitor.GetStringAsync(ConsultationUrls.Page(id)));

        // Without the anti-forgery token the form is refused.
        var forged = await visitor.PostAsync(ConsultationUrls.Page(id), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Form.Text"] = "伪造提交",
            ["Form.Name"] = "某人",
            ["Form.Phone"] = "13300002222",
        }));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);

        var staff = await factory.StaffClientAsync(PublicationTestKit.Unique("cs-rv-"), (organ.Id, BusinessRole.Reviewer));
        var admin = ConsultationUrls.Staff + "/" + id;
        var adminPage = await staff.GetStringAsync(admin);
        Assert.Contains("孙丽 · 13300001111", adminPage);
        var commentId = System.Text.RegularExpressions.Regex.Match(adminPage, "id=\"comment-(\\d+)\"").Groups[1].Value;
        var screened = await staff.PostFormAsync(admin, new() { ["commentId"] = commentId, ["approve"] = "true" }, admin + "?handler=Screen");
        Assert.Contains("已通过，意见已公开", await screened.Content.ReadAsStringAsync());
        var answered = await staff.PostFormAsync(admin, new() { ["commentId"] = commentId, ["result"] = "partlyAdopted", ["text"] = "听证程序由价格主管部门另行规定。" }, admin + "?handler=Answer");
        Assert.Contains("已答复", await answered.Content.ReadAsStringAsync());

        var shown = await visitor.GetStringAsync(ConsultationUrls.Page(id));
        Assert.Contains("建议明确物业费调整的听证程序。", shown);
        Assert.Contains("小区业主", shown);
        Assert.Contains("<strong>部分采纳</strong>：听证程序由价格主管部门另行规定。", shown);
        Assert.DoesNotContain("孙丽", shown);
        Assert.DoesNotContain("13300001111", shown);

        // Another organ's staff cannot open the page: 404, the same answer as an unknown id.
        var stranger = await factory.StaffClientAsync(PublicationTestKit.Unique("cs-x-"), (await factory.PortalOrganAsync(), BusinessRole.Editor));
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync(admin)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync(ConsultationUrls.Staff + "/99999999")).StatusCode);
    }
}
