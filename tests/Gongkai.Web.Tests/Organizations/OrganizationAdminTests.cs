using System.Net;
using AngleSharp.Html.Parser;
using Gongkai.Domain.Organizations;
using Gongkai.Web.Features.Audit;
using Gongkai.Web.Features.Identity;
using Gongkai.Web.Features.Organizations;
using Gongkai.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Tests.Organizations;

/// <summary>The admin pages and the start of the authorisation matrix: who may read and change which organ.</summary>
public sealed class OrganizationAdminTests(GongkaiFactory factory) : IClassFixture<GongkaiFactory>
{
    private static string NewUser(string prefix) => prefix + "-" + Guid.NewGuid().ToString("N")[..6];

    private async Task<Organization> LoadAsync(int id)
    {
        Organization? organization = null;
        await factory.WithDbAsync(async db => organization = await db.Set<Organization>().AsNoTracking().Include(o => o.FormerNames).SingleAsync(o => o.Id == id));
        return organization!;
    }

    private async Task<List<AuditEntry>> AuditAsync(string eventType, int organizationId)
    {
        List<AuditEntry> entries = [];
        await factory.WithDbAsync(async db => entries = await db.Set<AuditEntry>().AsNoTracking()
            .Where(e => e.EventType == eventType && e.OrganizationId == organizationId).ToListAsync());
        return entries;
    }

    private async Task<List<AuditEntry>> DenialsAsync(int organizationId)
    {
        var target = organizationId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        List<AuditEntry> entries = [];
        await factory.WithDbAsync(async db => entries = await db.Set<AuditEntry>().AsNoTracking()
            .Where(e => e.EventType == "organization.denied" && e.TargetId == target && !e.Success).ToListAsync());
        return entries;
    }

    private static Dictionary<string, string> ContactFields(string phone = "023-47521234") => new()
    {
        ["Form.OfficeName"] = "办公室",
        ["Form.OfficeAddress"] = "重庆市江津区几江街道办事处大楼",
        ["Form.OfficeHours"] = "工作日 9:00—12:00",
        ["Form.OfficePhone"] = phone,
        ["Form.OfficeFax"] = "023-47521235",
        ["Form.OfficeEmail"] = "xxgk@example.gov.cn",
        ["Form.LeaderName"] = "李四",
        ["Form.LeaderPost"] = "主任",
        ["Form.LeaderFiledOn"] = "2026-03-01",
    };

    private static Dictionary<string, string> WithVersion(Dictionary<string, string> fields, Organization o)
    {
        fields["Form.Version"] = o.Version.ToString();
        return fields;
    }

    private static async Task<string> ErrorsAsync(HttpResponseMessage response)
    {
        var doc = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        return string.Join("\n", doc.QuerySelectorAll(".validation-summary-errors li, .field-validation-error").Select(e => e.TextContent));
    }

    [Fact]
    public async Task Anonymous_visitor_is_redirected_to_login_from_every_admin_page()
    {
        var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        var id = await factory.OrganizationIdAsync("区财政局");
        foreach (var page in new[] { "/admin/organizations", "/admin/organizations/new", $"/admin/organizations/{id}", $"/admin/organizations/{id}/rename", $"/admin/organizations/{id}/merge" })
        {
            var response = await client.GetAsync(page);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/account/login", response.Headers.Location?.PathAndQuery ?? response.Headers.Location?.OriginalString);
        }
    }

    [Fact]
    public async Task Organization_admin_of_A_cannot_read_or_change_B()
    {
        var a = await factory.OrganizationIdAsync("区民政局");
        var b = await factory.OrganizationIdAsync("区交通局");
        var client = await factory.StaffClientAsync(NewUser("orgadmin"), (a, BusinessRole.OrganizationAdmin));
        var bBefore = await LoadAsync(b);

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/admin/organizations/{b}")).StatusCode);
        // The anti-forgery token comes from A's page: B's page gives none, and the check must not rely on it.
        var post = await client.PostFormAsync($"/admin/organizations/{a}", WithVersion(ContactFields(), bBefore), action: $"/admin/organizations/{b}");
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Equal(bBefore.OfficePhone, (await LoadAsync(b)).OfficePhone);
        Assert.Equal(bBefore.Version, (await LoadAsync(b)).Version);
        Assert.NotEmpty(await DenialsAsync(b));

        var list = await client.GetStringAsync("/admin/organizations");
        Assert.Contains("重庆市江津区民政局", list);
        Assert.DoesNotContain("重庆市江津区交通局", list);
    }

    [Fact]
    public async Task Organization_admin_edits_own_contact_and_leader_and_the_change_is_audited()
    {
        var a = await factory.OrganizationIdAsync("区审计局");
        var client = await factory.StaffClientAsync(NewUser("orgadmin"), (a, BusinessRole.OrganizationAdmin));
        var before = await LoadAsync(a);

        var response = await client.PostFormAsync($"/admin/organizations/{a}", WithVersion(ContactFields(), before));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        var after = await LoadAsync(a);
        Assert.Equal("023-47521234", after.OfficePhone);
        Assert.Equal("李四", after.LeaderName);
        Assert.Equal(new DateOnly(2026, 3, 1), after.LeaderFiledOn);
        Assert.NotEqual(before.Version, after.Version);
        var entry = Assert.Single(await AuditAsync("organization.updated", a));
        Assert.Contains("\"OfficePhone\":\"023-47521234\"", entry.After);
        Assert.Contains("\"OfficePhone\":null", entry.Before);
        Assert.DoesNotContain("Name\":\"重庆市江津区审计局", entry.After);
    }

    [Fact]
    public async Task Organization_admin_cannot_change_own_name_kind_or_credit_code_nor_rename_merge_deactivate_or_create()
    {
        var a = await factory.OrganizationIdAsync("区统计局");
        var client = await factory.StaffClientAsync(NewUser("orgadmin"), (a, BusinessRole.OrganizationAdmin));
        var before = await LoadAsync(a);

        var fields = WithVersion(ContactFields(), before);
        fields["Form.Kind"] = nameof(OrganizationKind.Town);
        fields["Form.ShortName"] = "区统计中心";
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostFormAsync($"/admin/organizations/{a}", fields)).StatusCode);

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/admin/organizations/{a}/rename")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/admin/organizations/{a}/merge")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/admin/organizations/new")).StatusCode);
        var deactivate = await client.PostFormAsync($"/admin/organizations/{a}", [], action: $"/admin/organizations/{a}?handler=Deactivate");
        Assert.Equal(HttpStatusCode.Forbidden, deactivate.StatusCode);

        var after = await LoadAsync(a);
        Assert.Equal(OrganizationKind.Department, after.Kind);
        Assert.Equal("区统计局", after.ShortName);
        Assert.True(after.IsActive);
        Assert.Equal(before.Version, after.Version);
    }

    [Fact]
    public async Task System_admin_edits_classification_and_bad_input_gets_Chinese_messages_and_changes_nothing()
    {
        var id = await factory.OrganizationIdAsync("区林业局");
        var client = await factory.SystemAdminClientAsync();
        var before = await LoadAsync(id);

        var bad = WithVersion(ContactFields(phone: "请拨打办公室"), before);
        bad["Form.Kind"] = "Ministry";
        bad["Form.CreditCode"] = "11500116MB15349871";
        bad["Form.OfficeEmail"] = "xxgk.example.gov.cn";
        bad["Form.LeaderFiledOn"] = "2026年3月1日";
        var response = await client.PostFormAsync($"/admin/organizations/{id}", bad);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var errors = await ErrorsAsync(response);
        Assert.Contains("请选择机关类别", errors);
        Assert.Contains("校验位不正确", errors);
        Assert.Contains("联系电话格式不正确", errors);
        Assert.Contains("电子邮箱格式不正确", errors);
        Assert.Contains("备案日期格式不正确", errors);
        Assert.Equal(before.Version, (await LoadAsync(id)).Version);
        Assert.Empty(await AuditAsync("organization.updated", id));

        var good = WithVersion(ContactFields(), before);
        good["Form.Kind"] = nameof(OrganizationKind.Vertical);
        good["Form.CreditCode"] = "11500116 mb15349876";
        good["Form.SortOrder"] = "345";
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync($"/admin/organizations/{id}", good)).StatusCode);
        var after = await LoadAsync(id);
        Assert.Equal(OrganizationKind.Vertical, after.Kind);
        Assert.Equal("11500116MB15349876", after.CreditCode);
        Assert.Equal(345, after.SortOrder);
    }

    [Fact]
    public async Task Stale_edit_is_refused_with_a_Chinese_message_and_keeps_what_was_typed()
    {
        var id = await factory.OrganizationIdAsync("区体育局");
        var client = await factory.SystemAdminClientAsync();
        var seen = await LoadAsync(id);

        // Someone else saves first.
        var first = WithVersion(ContactFields(phone: "023-11111111"), seen);
        first["Form.Kind"] = nameof(OrganizationKind.Department);
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync($"/admin/organizations/{id}", first)).StatusCode);

        var second = WithVersion(ContactFields(phone: "023-22222222"), seen);
        second["Form.Kind"] = nameof(OrganizationKind.Department);
        var response = await client.PostFormAsync($"/admin/organizations/{id}", second);
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("已被他人修改", html);
        Assert.Contains("value=\"023-22222222\"", html);
        Assert.Equal("023-11111111", (await LoadAsync(id)).OfficePhone);
    }

    [Fact]
    public async Task Rename_keeps_the_old_names_as_former_names_which_still_resolve()
    {
        var id = await factory.OrganizationIdAsync("区政务服务办");
        var client = await factory.SystemAdminClientAsync();
        var before = await LoadAsync(id);

        var response = await client.PostFormAsync($"/admin/organizations/{id}/rename", new()
        {
            ["Form.Name"] = "重庆市江津区大数据应用发展管理局",
            ["Form.ShortName"] = "区大数据发展局",
            ["Form.Version"] = before.Version.ToString(),
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        var after = await LoadAsync(id);
        Assert.Equal("重庆市江津区大数据应用发展管理局", after.Name);
        Assert.Equal(new HashSet<string> { "重庆市江津区政务服务管理办公室", "区政务服务办" }, after.FormerNames.Select(f => f.Name).ToHashSet());
        var api = await factory.CreateClient().GetStringAsync("/api/v1/organizations/resolve?q=" + Uri.EscapeDataString("区政务服务办"));
        Assert.Contains("重庆市江津区大数据应用发展管理局", api);
        Assert.Single(await AuditAsync("organization.renamed", id));
    }

    [Fact]
    public async Task Rename_to_a_name_another_organ_uses_is_refused_in_Chinese()
    {
        var id = await factory.OrganizationIdAsync("区科技局");
        var client = await factory.SystemAdminClientAsync();
        var before = await LoadAsync(id);

        var response = await client.PostFormAsync($"/admin/organizations/{id}/rename", new()
        {
            ["Form.Name"] = "重庆市江津区教育委员会",
            ["Form.ShortName"] = "",
            ["Form.Version"] = before.Version.ToString(),
        });
        var errors = await ErrorsAsync(response);
        Assert.Contains("已被“重庆市江津区教育委员会”使用", errors);
        Assert.Contains("请填写简称", errors);
        Assert.Equal("重庆市江津区科学技术局", (await LoadAsync(id)).Name);
    }

    [Fact]
    public async Task Merge_deactivates_A_gives_its_names_to_B_and_says_memberships_were_not_moved()
    {
        var a = await factory.OrganizationIdAsync("区金融发展服务中心");
        var b = await factory.OrganizationIdAsync("区财政局");
        await factory.CreateStaffAsync(NewUser("editor"), [(a, BusinessRole.Editor)]);
        var client = await factory.SystemAdminClientAsync();
        var before = await LoadAsync(a);

        var response = await client.PostFormAsync($"/admin/organizations/{a}/merge", new() { ["Target"] = b.ToString(), ["Version"] = before.Version.ToString() });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await client.GetStringAsync(response.Headers.Location!.OriginalString);
        Assert.Contains("1 个人员角色未自动转移", page);

        var merged = await LoadAsync(a);
        Assert.False(merged.IsActive);
        Assert.Equal(b, merged.MergedIntoId);
        var target = await LoadAsync(b);
        Assert.Contains("重庆市江津区金融发展服务中心", target.FormerNames.Select(f => f.Name));
        Assert.Contains("区金融发展服务中心", target.FormerNames.Select(f => f.Name));
        var resolved = await factory.CreateClient().GetStringAsync("/api/v1/organizations/resolve?q=" + Uri.EscapeDataString("区金融发展服务中心"));
        Assert.Contains("\"id\":" + b, resolved);
        Assert.Single(await AuditAsync("organization.merged", a));

        // Its names now belong to B: bringing A back would make them ambiguous.
        var reactivate = await client.PostFormAsync($"/admin/organizations/{a}", [], action: $"/admin/organizations/{a}?handler=Reactivate");
        Assert.Contains("不能恢复", await reactivate.Content.ReadAsStringAsync());
        Assert.False((await LoadAsync(a)).IsActive);
    }

    [Fact]
    public async Task Merge_into_itself_or_an_unknown_organ_is_refused_in_Chinese()
    {
        var a = await factory.OrganizationIdAsync("区水利局");
        var client = await factory.SystemAdminClientAsync();
        var version = (await LoadAsync(a)).Version.ToString();

        var self = await client.PostFormAsync($"/admin/organizations/{a}/merge", new() { ["Target"] = a.ToString(), ["Version"] = version });
        Assert.Contains("不能将机关并入其自身", await ErrorsAsync(self));
        var unknown = await client.PostFormAsync($"/admin/organizations/{a}/merge", new() { ["Target"] = "区魔法局", ["Version"] = version });
        Assert.Contains("没有名为“区魔法局”的机关", await ErrorsAsync(unknown));
        Assert.True((await LoadAsync(a)).IsActive);
    }

    [Fact]
    public async Task System_admin_deactivates_and_reactivates_and_the_public_list_follows()
    {
        var id = await factory.OrganizationIdAsync("区城市管理局");
        var client = await factory.SystemAdminClientAsync();

        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync($"/admin/organizations/{id}", [], action: $"/admin/organizations/{id}?handler=Deactivate")).StatusCode);
        Assert.False((await LoadAsync(id)).IsActive);
        Assert.DoesNotContain("重庆市江津区城市管理局", await factory.CreateClient().GetStringAsync("/api/v1/organizations"));

        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync($"/admin/organizations/{id}", [], action: $"/admin/organizations/{id}?handler=Reactivate")).StatusCode);
        Assert.True((await LoadAsync(id)).IsActive);
        Assert.Single(await AuditAsync("organization.deactivated", id));
        Assert.Single(await AuditAsync("organization.reactivated", id));
    }

    [Fact]
    public async Task System_admin_creates_an_organ_and_a_duplicate_name_is_refused()
    {
        var client = await factory.SystemAdminClientAsync();
        var fields = ContactFields();
        fields["Form.Name"] = "重庆市江津区大数据应用发展管理局试点";
        fields["Form.ShortName"] = "区大数据试点";
        fields["Form.Kind"] = nameof(OrganizationKind.Department);
        var response = await client.PostFormAsync("/admin/organizations/new", fields);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var id = await factory.OrganizationIdAsync("区大数据试点");
        Assert.Single(await AuditAsync("organization.created", id));

        var duplicate = ContactFields();
        duplicate["Form.Name"] = " 重庆市江津区 财政局";
        duplicate["Form.ShortName"] = "区大数据试点";
        duplicate["Form.Kind"] = nameof(OrganizationKind.Department);
        var refused = await client.PostFormAsync("/admin/organizations/new", duplicate);
        var errors = await ErrorsAsync(refused);
        Assert.Contains("名称“重庆市江津区财政局”已被“重庆市江津区财政局”使用", errors);
        Assert.Contains("简称“区大数据试点”已被", errors);
    }

    [Fact]
    public async Task System_admin_list_groups_by_kind_and_searches_former_names_too()
    {
        var client = await factory.SystemAdminClientAsync();
        var doc = new HtmlParser().ParseDocument(await client.GetStringAsync("/admin/organizations"));
        var headings = doc.QuerySelectorAll("main h2").Select(h => h.TextContent).ToList();
        Assert.Contains("镇（25）", headings);
        Assert.Contains("街道（5）", headings);

        var search = await client.GetStringAsync("/admin/organizations?q=" + Uri.EscapeDataString("油溪"));
        Assert.Contains("重庆市江津区油溪镇人民政府", search);
        Assert.DoesNotContain("重庆市江津区吴滩镇人民政府", search);
    }

    [Fact]
    public async Task Admin_pages_carry_no_inline_style_or_script_which_the_CSP_would_refuse()
    {
        var id = await factory.OrganizationIdAsync("区农业农村委");
        var client = await factory.SystemAdminClientAsync();
        foreach (var page in new[] { "/admin/organizations", "/admin/organizations/new", $"/admin/organizations/{id}", $"/admin/organizations/{id}/rename", $"/admin/organizations/{id}/merge" })
        {
            var doc = new HtmlParser().ParseDocument(await client.GetStringAsync(page));
            Assert.Empty(doc.QuerySelectorAll("[style], style, script:not([src])"));
        }
    }
}
