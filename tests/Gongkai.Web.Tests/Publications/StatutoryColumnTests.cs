using System.Net;
using Gongkai.Web.Data;
using Gongkai.Web.Features.Audit;
using Gongkai.Web.Features.Identity;
using Gongkai.Web.Features.Organizations;
using Gongkai.Web.Features.Publications;
using Gongkai.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Web.Tests.Publications;

/// <summary>Which organ gets which statutory column, as data: seeded by kind and name from the
/// organisation register (Art. 21 applies to 县级人民政府及其部门; the 应急预案 item, Art. 20 (十二), on
/// every department and town per 任务分工四（二）1), changed only by the district office, audited.</summary>
public sealed class StatutoryColumnTests(GongkaiFactory factory) : IClassFixture<GongkaiFactory>
{
    private const string Page = "/admin/publications/statutory";

    private async Task<HashSet<string>> ColumnKeysAsync(int orgId)
    {
        var keys = new HashSet<string>();
        await factory.WithDbAsync(async db => keys = (await db.Set<PublicationColumn>().Where(c => c.OrganizationId == orgId).Select(c => c.Key).ToListAsync()).ToHashSet());
        return keys;
    }

    private async Task<HttpClient> DistrictOfficeAsync() =>
        await factory.StaffClientAsync(PublicationTestKit.Unique("office-"), (await factory.OrganizationIdAsync("区政府办公室"), BusinessRole.Supervisor));

    private static Task<HttpResponseMessage> SaveAsync(HttpClient client, int orgId, IEnumerable<string> keys)
    {
        var form = new List<KeyValuePair<string, string>> { new("org", orgId.ToString(System.Globalization.CultureInfo.InvariantCulture)) };
        form.AddRange(keys.Select(k => new KeyValuePair<string, string>("Items", k)));
        return PostListAsync(client, $"{Page}?org={orgId}", form);
    }

    /// <summary>Like PostFormAsync, but with a repeated field (the checkboxes).</summary>
    private static async Task<HttpResponseMessage> PostListAsync(HttpClient client, string page, List<KeyValuePair<string, string>> fields)
    {
        var html = await client.GetStringAsync(page);
        var token = System.Text.RegularExpressions.Regex.Match(html, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"");
        fields.Add(new("__RequestVerificationToken", WebUtility.HtmlDecode(token.Groups[1].Value)));
        return await client.PostAsync(page, new FormUrlEncodedContent(fields));
    }

    [Theory]
    [InlineData("区民政局", "item-21-shehuijiuzhu", "社会救助")]
    [InlineData("区公安局", "item-21-zhian", "治安管理")]
    [InlineData("区教委", "item-21-gonggongfuwu", "公共服务")]
    [InlineData("区住房城乡建委", "item-21-fangwuzhengshou", "房屋征收")]
    [InlineData("区规划自然资源局", "item-21-tudizhengshou", "土地征收")]
    public async Task Departments_holding_an_article_21_matter_have_its_column_on_their_platform_tiaoli_art21(string organ, string key, string title)
    {
        var orgId = await factory.OrganizationIdAsync(organ);
        Assert.Contains(key, await ColumnKeysAsync(orgId));
        var visitor = factory.CreateClient();
        Assert.Contains(title, await visitor.GetStringAsync($"/xxgk/{orgId}"));
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync($"/xxgk/{orgId}/{key}")).StatusCode);
    }

    [Fact]
    public async Task A_department_without_an_article_21_matter_has_no_article_21_column_tiaoli_art21()
    {
        var keys = await ColumnKeysAsync(await factory.OrganizationIdAsync("区审计局"));
        Assert.DoesNotContain(keys, k => k.StartsWith("item-21-", StringComparison.Ordinal));
        Assert.Contains("item-1", keys);
    }

    [Theory]
    [InlineData("区审计局")]
    [InlineData("区应急局")]
    [InlineData("油溪镇")]
    [InlineData("几江街道")]
    [InlineData("区政府")]
    public async Task Every_department_and_town_has_the_emergency_plans_column_tiaoli_art20_item12_seed_4_2_1(string organ)
    {
        var orgId = await factory.OrganizationIdAsync(organ);
        Assert.Contains("item-12", await ColumnKeysAsync(orgId));
        Assert.Contains("突发公共事件应对", await factory.CreateClient().GetStringAsync($"/xxgk/{orgId}"));
    }

    [Fact]
    public async Task The_district_office_adds_and_removes_a_statutory_column_and_each_change_is_audited()
    {
        var orgId = await factory.OrganizationIdAsync("区体育局");
        var office = await DistrictOfficeAsync();
        var page = await office.GetStringAsync($"{Page}?org={orgId}");
        Assert.Contains("第二十一条（公益事业）", page);
        var current = (await ColumnKeysAsync(orgId)).Where(k => k.StartsWith("item-", StringComparison.Ordinal)).ToList();
        Assert.DoesNotContain("item-21-shizheng", current);

        var added = await SaveAsync(office, orgId, [.. current, "item-21-shizheng"]);
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Contains("item-21-shizheng", await ColumnKeysAsync(orgId));
        Assert.Contains("市政建设", await factory.CreateClient().GetStringAsync($"/xxgk/{orgId}"));

        var removed = await SaveAsync(office, orgId, current.Where(k => k != "item-12"));
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        var keys = await ColumnKeysAsync(orgId);
        Assert.DoesNotContain("item-12", keys);
        Assert.DoesNotContain("item-21-shizheng", keys);
        Assert.Contains("区政府办公室取消", await office.GetStringAsync($"{Page}?org={orgId}"));

        await factory.WithDbAsync(async db =>
        {
            var entries = await db.Set<AuditEntry>().Where(e => e.EventType == "publication.statutoryColumnsChanged" && e.OrganizationId == orgId).ToListAsync();
            Assert.Equal(2, entries.Count);
        });
    }

    [Fact]
    public async Task A_removed_default_column_stays_removed_and_missing_defaults_come_back_when_the_platform_starts()
    {
        var orgId = await factory.OrganizationIdAsync("区医保局");
        var office = await DistrictOfficeAsync();
        var current = (await ColumnKeysAsync(orgId)).Where(k => k.StartsWith("item-", StringComparison.Ordinal)).ToList();
        Assert.Contains("item-21-shehuijiuzhu", current);
        Assert.Equal(HttpStatusCode.Redirect, (await SaveAsync(office, orgId, current.Where(k => k != "item-21-shehuijiuzhu"))).StatusCode);

        // A database from before assignments were data: the department's Art. 21 and item-12 rows and columns are missing.
        await factory.WithDbAsync(async db =>
        {
            var stale = await db.Set<StatutoryAssignment>().Where(a => a.OrganizationId == orgId && a.ItemKey != "item-21-shehuijiuzhu"
                && (a.ItemKey.StartsWith("item-21-") || a.ItemKey == "item-12")).ToListAsync();
            db.RemoveRange(stale);
            db.RemoveRange(await db.Set<PublicationColumn>().Where(c => c.OrganizationId == orgId && (c.Key.StartsWith("item-21-") || c.Key == "item-12")).ToListAsync());
            await db.SaveChangesAsync();
        });
        Assert.DoesNotContain("item-12", await ColumnKeysAsync(orgId));

        await using (var scope = factory.Scope())
        {
            await new ColumnSeeder().SeedAsync(scope.ServiceProvider, CancellationToken.None);
        }

        var keys = await ColumnKeysAsync(orgId);
        Assert.Contains("item-12", keys);
        Assert.Contains("item-21-gonggongfuwu", keys);
        Assert.DoesNotContain("item-21-shehuijiuzhu", keys);
    }

    [Fact]
    public async Task A_column_that_holds_items_cannot_be_removed()
    {
        var orgId = await factory.OrganizationIdAsync("区民政局");
        var editor = await factory.StaffClientAsync(PublicationTestKit.Unique("ed-"), (orgId, BusinessRole.Editor));
        var fields = new Dictionary<string, string>
        {
            ["Input.ColumnKey"] = "item-21-shehuijiuzhu",
            ["Input.Title"] = "2026年11月城乡低保对象名单（已遮蔽）",
            ["Input.Validity"] = "Valid",
            ["Input.FormedOn"] = "2026-11-20",
            ["Input.BodyHtml"] = "<p>名单</p>",
        };
        Assert.Equal(HttpStatusCode.Redirect, (await editor.PostFormAsync($"/admin/publications/edit?org={orgId}", fields)).StatusCode);

        var office = await DistrictOfficeAsync();
        var current = (await ColumnKeysAsync(orgId)).Where(k => k.StartsWith("item-", StringComparison.Ordinal)).ToList();
        var refused = await SaveAsync(office, orgId, current.Where(k => k != "item-21-shehuijiuzhu"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("已有信息", await refused.Content.ReadAsStringAsync());
        Assert.Contains("item-21-shehuijiuzhu", await ColumnKeysAsync(orgId));
    }

    [Fact]
    public async Task Only_the_district_office_may_change_statutory_columns()
    {
        var orgId = await factory.OrganizationIdAsync("区公安局");
        var organAdmin = await factory.StaffClientAsync(PublicationTestKit.Unique("adm-"), (orgId, BusinessRole.OrganizationAdmin));
        Assert.Equal(HttpStatusCode.Forbidden, (await organAdmin.GetAsync($"{Page}?org={orgId}")).StatusCode);
        var before = await ColumnKeysAsync(orgId);
        var post = await organAdmin.PostAsync($"{Page}?org={orgId}", new FormUrlEncodedContent([new("Items", "item-1")]));
        Assert.NotEqual(HttpStatusCode.Redirect, post.StatusCode);
        Assert.Equal(before, await ColumnKeysAsync(orgId));
    }
}
