using System.Net;
using System.Text.Json;
using Gongkai.Domain.Publications;
using Gongkai.Web.Features.AnnualReports;
using Gongkai.Web.Features.Identity;
using Gongkai.Web.Features.Organizations;
using Gongkai.Web.Features.Publications;
using Gongkai.Web.Shared;
using Gongkai.Web.Tests.Infrastructure;
using Gongkai.Web.Tests.PowerLists;
using Gongkai.Web.Tests.Publications;
using Microsoft.EntityFrameworkCore;
using static Gongkai.Web.Tests.Publications.PublicationTestKit;

namespace Gongkai.Web.Tests.Compliance;

/// <summary>Organs that have done what the overview asks of them, built through the pages and APIs
/// staff use: the district office decides the organ's statutory columns, staff publish into them,
/// write the 指南 and the 权责清单; the 2025 annual report was published in January 2026 (seeded
/// as published then, since the test clock cannot go back).</summary>
public static class ComplianceTestKit
{
    public sealed record Organ(int Id, HttpClient Editor, HttpClient Reviewer);

    public static async Task<HttpClient> OfficeAsync(this GongkaiFactory factory) =>
        await factory.StaffClientAsync(Unique("office-"), (await factory.OrganizationIdAsync("区政府办公室"), BusinessRole.Supervisor));

    public static async Task<Organ> CompliantOrganAsync(this GongkaiFactory factory, HttpClient office, params string[] statutoryItems)
    {
        // One review stage, so one reviewer's approval publishes.
        var id = await factory.OrganAsync(stages: 1);
        var fields = statutoryItems.Select((k, i) => (k, i)).ToDictionary(x => $"Items[{x.i}]", x => x.k);
        var saved = await office.PostFormAsync($"/admin/publications/statutory?org={id}", fields);
        Assert.True(saved.StatusCode == HttpStatusCode.Redirect, await saved.Content.ReadAsStringAsync());

        var editor = await factory.StaffClientAsync(Unique("cm-ed-"), (id, BusinessRole.Editor));
        var reviewer = await factory.StaffClientAsync(Unique("cm-rv-"), (id, BusinessRole.Reviewer));
        var admin = await factory.StaffClientAsync(Unique("cm-ad-"), (id, BusinessRole.OrganizationAdmin));
        var guide = await admin.PostFormAsync($"/admin/guide/{id}", new()
        {
            ["Input.Holdings"] = "本机关持有机构职能类、政策文件类信息。",
            ["Input.Channels"] = "（一）线上渠道：江津区人民政府网站。",
            ["Input.Application"] = "（一）申请方式：当面、邮寄、网络、传真。",
            ["Input.Office"] = "机构名称：办公室\n联系电话：023-47520001",
            ["Input.OtherMatters"] = "可以投诉、举报，也可以依法申请行政复议或者提起行政诉讼。",
        });
        Assert.True(guide.StatusCode == HttpStatusCode.Redirect, await guide.Content.ReadAsStringAsync());

        var suffix = Guid.NewGuid().ToString("N")[..6];
        await factory.CreateStaffAsync("cm-pe-" + suffix, [(id, BusinessRole.Editor)]);
        await factory.CreateStaffAsync("cm-pr-" + suffix, [(id, BusinessRole.Reviewer)]);
        var powerList = new PowerListTestKit.Organ(id, factory.ApiClient(await factory.ApiTokenAsync("cm-pe-" + suffix)),
            factory.ApiClient(await factory.ApiTokenAsync("cm-pr-" + suffix)));
        await powerList.PublishAsync(PowerListTestKit.Items("CM" + suffix, 3));

        var report = await factory.PublicItemAsync(id, "2025年政府信息公开工作年度报告", ColumnKeys.AnnualReports,
            publishedAt: new DateTimeOffset(2026, 1, 20, 2, 0, 0, TimeSpan.Zero));
        await factory.WithDbAsync(async db =>
        {
            var at = new DateTimeOffset(2026, 1, 20, 2, 0, 0, TimeSpan.Zero);
            // Its own 索引号 serial, clear of those the platform issues in 2026.
            var item = await db.Set<Publication>().SingleAsync(p => p.Id == report);
            item.IndexNumber = IndexNumber.Create(null, id, 2025, 9999).ToString();
            db.Add(new AnnualReport { OrganizationId = id, Year = 2025, PublicationId = report, CreatedAt = at, UpdatedAt = at, UpdatedBy = "年报编辑" });
            await db.SaveChangesAsync();
        });
        await factory.FileLeaderAndTrainAsync(id);
        return new Organ(id, editor, reviewer);
    }

    /// <summary>保障措施 through the system administrator's pages: the responsible leader filed with the
    /// district office ten days ago and one training held today.</summary>
    private static async Task FileLeaderAndTrainAsync(this GongkaiFactory factory, int id)
    {
        Organization? organ = null;
        await factory.WithDbAsync(async db => organ = await db.Set<Organization>().AsNoTracking().SingleAsync(o => o.Id == id));
        var today = ChinaTime.Today(factory.Clock);
        var system = await factory.SystemAdminClientAsync();
        var filed = await system.PostFormAsync($"/admin/organizations/{id}", new()
        {
            ["Form.Kind"] = organ!.Kind.ToString(),
            ["Form.SortOrder"] = organ.SortOrder.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Form.OfficeName"] = "办公室",
            ["Form.OfficePhone"] = "023-47520001",
            ["Form.LeaderName"] = "王五",
            ["Form.LeaderPost"] = "副区长",
            ["Form.LeaderFiledOn"] = today.AddDays(-10).ToString("yyyy-MM-dd"),
            ["Form.Version"] = organ.Version.ToString(),
        });
        Assert.True(filed.StatusCode == HttpStatusCode.Redirect, await filed.Content.ReadAsStringAsync());
        var trained = await system.PostFormAsync($"/admin/safeguards/{id}",
            new() { ["heldOn"] = today.ToString("yyyy-MM-dd"), ["topic"] = "政府信息公开条例解读", ["participants"] = "20", ["hours"] = "2" }, $"/admin/safeguards/{id}?handler=Training");
        Assert.True(trained.StatusCode == HttpStatusCode.Redirect, await trained.Content.ReadAsStringAsync());
    }

    /// <summary>Creates an item in 第二十条第（一）项 formed on <paramref name="formedOn"/> and publishes it today (2026-11-27).</summary>
    public static async Task PublishTodayAsync(this Organ organ, string formedOn)
    {
        var id = await organ.Editor.CreateDraftAsync(organ.Id, Unique("公告"), formedOn: formedOn, signedOn: formedOn);
        await organ.Editor.PublishAsync(id, organ.Reviewer);
    }

    /// <summary>The indicator keys of the API row of <paramref name="organId"/> whose level is not ok.</summary>
    public static List<string> Flagged(JsonElement rows, int organId) =>
        Row(rows, organId).GetProperty("indicators").EnumerateObject()
            .Where(p => p.Value.GetProperty("level").GetString() != "ok").Select(p => p.Name).Order(StringComparer.Ordinal).ToList();

    public static JsonElement Row(JsonElement rows, int organId) =>
        rows.EnumerateArray().Single(r => r.GetProperty("organizationId").GetInt32() == organId);
}
