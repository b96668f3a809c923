using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Gongkai.Domain.Publications;
using Gongkai.Web.Features.Audit;
using Gongkai.Web.Features.Identity;
using Gongkai.Web.Features.Publications;
using Gongkai.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Tests.Publications;

public sealed class ImportApiTests(GongkaiFactory factory) : IClassFixture<GongkaiFactory>
{
    private static object Row(object organization, string title, string? indexNumber = null, object? category = null, string publishedOn = "2019-03-05",
        string? signedOn = "2019-03-01", string? validity = null, string? bodyHtml = "<p>正文</p>", string? bodyText = null) => new
        {
            organization,
            category = category ?? 7,
            title,
            bodyHtml,
            bodyText,
            documentNumber = "江津财发〔2019〕8号",
            signedOn,
            publishedOn,
            indexNumber,
            validity,
        };

    private static async Task<JsonElement> ImportAsync(HttpClient client, object[] rows, bool mask = false)
    {
        var response = await client.PostAsJsonAsync("/api/v1/publications/import" + (mask ? "?mask=true" : ""), rows);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.JsonAsync();
    }

    private static string Errors(JsonElement report, int row) =>
        string.Join(" ", report.GetProperty("rows")[row - 1].GetProperty("errors").EnumerateArray().Select(e => e.GetString()));

    [Fact]
    public async Task Imported_items_appear_at_once_in_a_column_listing_that_was_cached()
    {
        var organ = await factory.NewOrganAsync();
        var visitor = factory.CreateClient();
        Assert.DoesNotContain("缓存后导入的信息", await visitor.GetStringAsync($"/xxgk/{organ.Id}/item-7"));

        var admin = await factory.ApiStaffAsync((organ.Id, BusinessRole.OrganizationAdmin));
        var report = await ImportAsync(admin, [Row(organ.Id, "缓存后导入的信息")]);
        Assert.Equal(1, report.GetProperty("imported").GetInt32());
        Assert.Contains("缓存后导入的信息", await visitor.GetStringAsync($"/xxgk/{organ.Id}/item-7"));
    }

    [Fact]
    public async Task Json_import_keeps_the_good_rows_and_reports_every_bad_row_with_its_reason()
    {
        var organ = await factory.NewOrganAsync(creditCode: "11500116MB0000011X");
        var admin = await factory.ApiStaffAsync((organ.Id, BusinessRole.OrganizationAdmin));
        var index = "11500116MB0000011X/2019-00012";
        var report = await ImportAsync(admin,
        [
            Row(organ.Id, "2019年区级部门预算公开", index, validity: "已废止"),
            Row("没有这个机关", "未知机关"),
            Row(organ.ShortName, "不适用的栏目", category: 3),
            Row(organ.Name, " "),
            Row(organ.Id, "坏日期", publishedOn: "2019-02-30"),
            Row(organ.Id, "将来的日期", publishedOn: "2027-01-01"),
            Row(organ.Id, "重复索引号", index),
            Row(organ.Id, "坏索引号", "ABC/2019-1"),
            Row(organ.Id, "坏有效性", validity: "作废"),
            Row(organ.Id, "纯文本正文", bodyHtml: null, bodyText: "第一段\n第二段 <b>"),
            Row(organ.Id, "带脚本的正文", category: "guide", bodyHtml: "<p>指南</p><script>alert(1)</script>"),
        ]);

        Assert.Equal(3, report.GetProperty("imported").GetInt32());
        Assert.Equal(8, report.GetProperty("failed").GetInt32());
        Assert.Contains("没有这个机关", Errors(report, 2));
        Assert.Contains("不在", Errors(report, 3));
        Assert.Contains("缺少标题", Errors(report, 4));
        Assert.Contains("发布日期“2019-02-30”不是有效日期", Errors(report, 5));
        Assert.Contains("晚于今天", Errors(report, 6));
        Assert.Contains("与第 1 行重复", Errors(report, 7));
        Assert.Contains("格式不正确", Errors(report, 8));
        Assert.Contains("有效性“作废”无效", Errors(report, 9));

        var first = report.GetProperty("rows")[0];
        Assert.True(first.GetProperty("ok").GetBoolean());
        Assert.Equal(index, first.GetProperty("indexNumber").GetString());
        var id = first.GetProperty("id").GetInt32();
        var page = await factory.CreateClient().GetStringAsync($"/xxgk/{organ.Id}/item/{id}");
        Assert.Contains(index, page);
        Assert.Contains("2019-03-01", page);
        Assert.Contains("2019-03-05", page);
        Assert.Contains("已废止", page);
        Assert.Contains("江津财发〔2019〕8号", page);

        var textId = report.GetProperty("rows")[9].GetProperty("id").GetInt32();
        var scriptId = report.GetProperty("rows")[10].GetProperty("id").GetInt32();
        await factory.WithDbAsync(async db =>
        {
            var text = await db.Set<Publication>().SingleAsync(p => p.Id == textId);
            Assert.Equal("<p>第一段</p><p>第二段 &lt;b&gt;</p>", text.BodyHtml);
            Assert.StartsWith("11500116MB0000011X/2019-", text.IndexNumber);
            Assert.NotEqual(index, text.IndexNumber);
            Assert.DoesNotContain("script", (await db.Set<Publication>().SingleAsync(p => p.Id == scriptId)).BodyHtml);
            Assert.Equal(PublicationStatus.Published, text.Status);
            var imported = await db.Set<AuditEntry>().Where(e => e.EventType == "publication.imported" && e.OrganizationId == organ.Id).CountAsync();
            Assert.Equal(3, imported);
            Assert.True(await db.Set<AuditEntry>().AnyAsync(e => e.EventType == "publication.importCompleted"));
        });

        var again = await ImportAsync(admin, [Row(organ.Id, "再次导入同一索引号", index)]);
        Assert.Contains("已被平台上的其他信息使用", Errors(again, 1));
    }

    [Fact]
    public async Task A_row_with_personal_information_is_refused_and_goes_in_masked_with_mask_true()
    {
        var organ = await factory.NewOrganAsync();
        var admin = await factory.ApiStaffAsync((organ.Id, BusinessRole.OrganizationAdmin));
        var row = Row(organ.Id, "困难群众救助名单", bodyHtml: "<p>张三，联系电话13812345678。</p>");

        var refused = await ImportAsync(admin, [row]);
        Assert.Equal(0, refused.GetProperty("imported").GetInt32());
        Assert.Contains("手机号码 138****5678", Errors(refused, 1));
        Assert.DoesNotContain("13812345678", Errors(refused, 1));

        var accepted = await ImportAsync(admin, [row], mask: true);
        var result = accepted.GetProperty("rows")[0];
        Assert.True(result.GetProperty("ok").GetBoolean());
        Assert.Contains("已自动遮盖", result.GetProperty("notes")[0].GetString());
        var page = await factory.CreateClient().GetStringAsync(result.GetProperty("url").GetString());
        Assert.Contains("138****5678", page);
        Assert.DoesNotContain("13812345678", page);
    }

    [Fact]
    public async Task An_organ_b_admin_cannot_import_into_organ_a_but_its_own_rows_go_in()
    {
        var a = await factory.NewOrganAsync();
        var b = await factory.NewOrganAsync();
        var adminB = await factory.ApiStaffAsync((b.Id, BusinessRole.OrganizationAdmin));
        var report = await ImportAsync(adminB, [Row(a.Id, "甲机关的信息"), Row(b.Id, "乙机关的信息")]);
        Assert.Contains("不是", Errors(report, 1));
        Assert.Contains("机关管理员", Errors(report, 1));
        Assert.True(report.GetProperty("rows")[1].GetProperty("ok").GetBoolean());

        var editorA = await factory.ApiStaffAsync((a.Id, BusinessRole.Editor));
        var refused = await editorA.PostAsJsonAsync("/api/v1/publications/import", new[] { Row(a.Id, "编辑不能导入") });
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        var anonymous = await factory.CreateClient().PostAsJsonAsync("/api/v1/publications/import", new[] { Row(a.Id, "匿名不能导入") });
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }

    [Fact]
    public async Task A_system_administrator_imports_into_any_organ_and_a_body_that_is_not_an_array_is_a_400()
    {
        var organ = await factory.NewOrganAsync();
        var userName = PublicationTestKit.Unique("sys-");
        await factory.CreateStaffAsync(userName, adminRole: AdminRoles.System);
        var admin = factory.ApiClient(await factory.ApiTokenAsync(userName));
        var report = await ImportAsync(admin, [Row(organ.Name, "系统管理员导入")]);
        Assert.Equal(1, report.GetProperty("imported").GetInt32());

        var bad = await admin.PostAsync("/api/v1/publications/import", new StringContent("{\"title\":1}", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("数组", await bad.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_number_issued_after_an_import_does_not_collide_with_imported_numbers()
    {
        var organ = await factory.NewOrganAsync(creditCode: "11500116MB0000022X");
        var admin = await factory.ApiStaffAsync((organ.Id, BusinessRole.OrganizationAdmin));
        var report = await ImportAsync(admin,
        [
            Row(organ.Id, "无索引号，排在有索引号的行之前", publishedOn: "2026-10-01", signedOn: null),
            Row(organ.Id, "原索引号5", "11500116MB0000022X/2026-00005", publishedOn: "2026-10-02", signedOn: null),
        ]);
        Assert.Equal("11500116MB0000022X/2026-00006", report.GetProperty("rows")[0].GetProperty("indexNumber").GetString());

        // A later item published through review takes the next serial, not one already used.
        var editor = await factory.ApiStaffAsync((organ.Id, BusinessRole.Editor));
        var created = await editor.PostAsJsonAsync("/api/v1/publications", new { organizationId = organ.Id, column = "item-1", title = "新信息", formedOn = "2026-11-20", bodyHtml = "<p>正文</p>" });
        var id = (await created.JsonAsync()).GetProperty("id").GetInt32();
        Assert.Equal(HttpStatusCode.OK, (await editor.PostAsync($"/api/v1/publications/{id}/submit", null)).StatusCode);
        for (var i = 0; i < 3; i++)
        {
            var reviewer = await factory.ApiStaffAsync((organ.Id, BusinessRole.Reviewer));
            Assert.Equal(HttpStatusCode.OK, (await reviewer.PostAsJsonAsync($"/api/v1/publications/{id}/approve", PublicationTestKit.ApproveBody())).StatusCode);
        }

        await factory.WithDbAsync(async db =>
            Assert.Equal("11500116MB0000022X/2026-00007", (await db.Set<Publication>().SingleAsync(p => p.Id == id)).IndexNumber));
    }
}
