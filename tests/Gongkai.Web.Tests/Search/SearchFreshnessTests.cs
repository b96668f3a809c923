using System.Diagnostics;
using System.Net;
using Gongkai.Web.Features.Identity;
using Gongkai.Web.Features.Organizations;
using Gongkai.Web.Features.Search;
using Gongkai.Web.Tests.Infrastructure;
using Gongkai.Web.Tests.Publications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Web.Tests.Search;

/// <summary>The index follows the real publication workflow through the change feed: published
/// items are searchable within a second, withdrawn ones disappear at once, and the index can be
/// rebuilt from the database while searches go on.</summary>
public sealed class SearchFreshnessTests(GongkaiFactory factory) : IClassFixture<GongkaiFactory>
{
    [Fact]
    public async Task A_published_item_is_searchable_within_a_second_and_a_withdrawn_one_is_gone_at_once()
    {
        var m = SearchTestKit.Marker();
        var orgId = await factory.OrganAsync(stages: 1);
        var editor = await factory.StaffAsync(orgId, BusinessRole.Editor);
        var reviewer = await factory.StaffAsync(orgId, BusinessRole.Reviewer);
        var id = await editor.CreateDraftAsync(orgId, $"关于{m}的通知", body: $"<p>{m}正文</p>");
        await factory.IndexedAsync();
        var api = factory.CreateClient();
        Assert.Empty((await api.SearchApiAsync(SearchTestKit.Q(m))).Ids());

        await editor.PublishAsync(id, reviewer);
        var stopwatch = Stopwatch.StartNew();
        List<int> found;
        do
        {
            found = (await api.SearchApiAsync(SearchTestKit.Q(m))).Ids();
        }
        while (found.Count == 0 && stopwatch.Elapsed < TimeSpan.FromSeconds(1));

        Assert.Equal([id], found);

        await reviewer.ActAsync(id, "Withdraw", new() { ["Comment"] = "内容有误" }).ExpectRedirectAsync();
        Assert.Empty((await api.SearchApiAsync(SearchTestKit.Q(m))).Ids());
        await factory.IndexedAsync();
        Assert.Empty((await api.SearchApiAsync(SearchTestKit.Q(m))).Ids());
    }

    [Fact]
    public async Task Text_inside_an_attachment_is_searchable()
    {
        var m = SearchTestKit.Marker();
        var orgId = await factory.OrganAsync(stages: 1);
        var editor = await factory.StaffAsync(orgId, BusinessRole.Editor);
        var reviewer = await factory.StaffAsync(orgId, BusinessRole.Reviewer);
        var id = await editor.CreateDraftAsync(orgId, "关于印发实施方案的通知");
        var upload = await editor.UploadAsync(id, "方案.docx", PublicationTestKit.Docx($"附件正文：{m}实施细则", ["序号", "事项"], ["1", $"{m}任务"]));
        Assert.True(upload.StatusCode == HttpStatusCode.Redirect, await upload.Content.ReadAsStringAsync());
        await editor.PublishAsync(id, reviewer);
        await factory.IndexedAsync();

        var result = await factory.CreateClient().SearchApiAsync(SearchTestKit.Q($"{m}实施细则"));
        Assert.Equal([id], result.Ids());
        Assert.StartsWith("附件：", result.GetProperty("items")[0].GetProperty("snippet").GetString());
    }

    [Fact]
    public async Task Renaming_an_organ_updates_its_items_results()
    {
        var m = SearchTestKit.Marker();
        var orgId = await factory.PortalOrganAsync();
        var id = await factory.ItemAsync(orgId, $"{m}的通知");
        var newName = "重庆市江津区" + m + "局";
        await factory.WithDbAsync(async db =>
        {
            var organ = await db.Set<Organization>().SingleAsync(o => o.Id == orgId);
            organ.Name = newName;
            await db.SaveChangesAsync();
        });
        await factory.IndexedAsync();

        var result = await factory.CreateClient().SearchApiAsync(SearchTestKit.Q(m));
        var item = result.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("id").GetInt32() == id && i.GetProperty("url").GetString()!.Contains("/item/"));
        Assert.Equal(newName, item.GetProperty("organization").GetString());
    }

    [Fact]
    public async Task The_feed_position_is_saved_with_the_index()
    {
        var orgId = await factory.PortalOrganAsync();
        await factory.ItemAsync(orgId, SearchTestKit.Marker());
        await factory.IndexedAsync();
        long latest = 0;
        await factory.WithDbAsync(async db => latest = await db.Set<SearchChange>().MaxAsync(c => c.Id));
        var index = factory.IndexStore();
        Assert.Equal(latest, index.Checkpoint);
        Assert.Equal(latest.ToString(), Lucene.Net.Index.DirectoryReader.ListCommits(
            Lucene.Net.Store.FSDirectory.Open(Path.Combine(factory.DataDirectory, "search", index.CurrentName)))[^1].UserData[SearchIndexStore.CheckpointKey]);
    }

    [Fact]
    public async Task The_system_administrator_rebuilds_the_index_while_search_keeps_answering()
    {
        var m = SearchTestKit.Marker();
        var orgId = await factory.PortalOrganAsync();
        var id = await factory.ItemAsync(orgId, $"{m}重建测试");
        await factory.IndexedAsync();
        var index = factory.IndexStore();
        var before = index.CurrentName;

        var staff = await factory.StaffAsync(orgId, BusinessRole.OrganizationAdmin);
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.GetAsync("/admin/search")).StatusCode);
        var denied = await staff.PostAsync("/admin/search?handler=Rebuild", new FormUrlEncodedContent([]));
        Assert.True(denied.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.BadRequest, denied.StatusCode.ToString());
        Assert.Equal(before, index.CurrentName);

        var admin = await factory.SystemAdminClientAsync();
        Assert.Contains("从数据库重建检索索引", await admin.GetStringAsync("/admin/search"));
        var response = await admin.PostFormAsync("/admin/search", [], "/admin/search?handler=Rebuild");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var api = factory.CreateClient();
        var stopwatch = Stopwatch.StartNew();
        while (index.CurrentName == before && stopwatch.Elapsed < TimeSpan.FromSeconds(60))
        {
            Assert.Equal([id], (await api.SearchApiAsync(SearchTestKit.Q(m))).Ids());
            await Task.Delay(50);
        }

        Assert.NotEqual(before, index.CurrentName);
        Assert.Equal([id], (await api.SearchApiAsync(SearchTestKit.Q(m))).Ids());
        await factory.WithDbAsync(async db => Assert.Contains(await db.Set<Gongkai.Web.Features.Audit.AuditEntry>().Select(e => e.EventType).ToListAsync(), e => e == "search.rebuild"));
    }

    [Fact]
    public async Task An_index_built_before_a_new_item_type_plugged_in_is_rebuilt_on_its_own()
    {
        var m = SearchTestKit.Marker();
        var orgId = await factory.PortalOrganAsync();
        var id = await factory.ItemAsync(orgId, $"{m}旧索引");
        await factory.IndexedAsync();
        var index = factory.IndexStore();
        var current = index.BuiltContents;
        Assert.Contains("guide", current);

        // What an older version left: an index of publications only, in an older format.
        var old = index.BeginBuild();
        old.Contents = "format 1; publication";
        await index.WriteGate.WaitAsync();
        try
        {
            index.CompleteBuild(old, index.Checkpoint);
        }
        finally
        {
            index.WriteGate.Release();
        }

        var stopwatch = Stopwatch.StartNew();
        while (index.BuiltContents != current && stopwatch.Elapsed < TimeSpan.FromSeconds(60))
        {
            await Task.Delay(100);
        }

        Assert.Equal(current, index.BuiltContents);
        Assert.Equal([id], (await factory.CreateClient().SearchApiAsync(SearchTestKit.Q(m))).Ids());
    }
}
