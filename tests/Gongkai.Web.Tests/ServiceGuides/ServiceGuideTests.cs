using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using Gongkai.Domain.ServiceGuides;
using Gongkai.Web.Features.Identity;
using Gongkai.Web.Features.ServiceGuides;
using Gongkai.Web.Tests.Infrastructure;
using Gongkai.Web.Tests.PowerLists;
using Gongkai.Web.Tests.Publications;
using Gongkai.Web.Tests.Search;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Tests.ServiceGuides;

public sealed class ServiceGuideTests(GongkaiFactory factory) : IClassFixture<GongkaiFactory>
{
    private static string Code() => "1150" + Random.Shared.Next(10_000_000, 99_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private async Task<List<ServiceGuide>> GuidesAsync(int orgId)
    {
        var guides = new List<ServiceGuide>();
        await factory.WithDbAsync(async db => guides = await db.Set<ServiceGuide>().Include(g => g.Materials).Where(g => g.OrganizationId == orgId).ToListAsync());
        return guides;
    }

    [Fact]
    public async Task A_guide_with_other_materials_in_one_materials_name_is_refused_with_that_field_named_and_nothing_saved()
    {
        var organ = await factory.OrganWithStaffAsync();
        var guide = ServiceGuideTestKit.Complete(organ.Id, "个体工商户登记（设立）", Code());
        guide.Material(1)["name"] = "经营者居民身份证及其他材料";

        var response = await organ.Editor.PostAsJsonAsync("/api/v1/service-guides", guide);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var error = Assert.Single((await response.JsonAsync()).GetProperty("errors").EnumerateArray());
        Assert.Equal("materials[1].name", error.GetProperty("field").GetString());
        Assert.Equal("其他材料", error.GetProperty("phrase").GetString());
        Assert.Contains("申请材料第 2 项“材料名称”含不确定表述“其他材料”", error.GetProperty("message").GetString());
        Assert.Empty(await GuidesAsync(organ.Id));

        // On the staff form the draft is kept, but submission stops with the field and the phrase marked.
        var editor = await factory.StaffClientAsync("sg-ed-" + Guid.NewGuid().ToString("N")[..6], (organ.Id, BusinessRole.Editor));
        var page = ServiceGuideUrls.Edit(organ.Id, null);
        var submitted = await editor.PostEditorAsync(page, "Submit", ServiceGuideTestKit.FormFields(guide));
        var html = await submitted.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, submitted.StatusCode);
        Assert.Contains("不能提交审核", html);
        Assert.Contains("申请材料第 2 项“材料名称”含不确定表述“其他材料”", html);
        Assert.Contains("data-field=\"materials[1].name\"", html);
        Assert.Contains("<mark>其他材料</mark>", html);
        Assert.Contains("value=\"经营者居民身份证及其他材料\"", html);
        var draft = Assert.Single(await GuidesAsync(organ.Id));
        Assert.Equal(ServiceGuideStatus.Draft, draft.Status);
    }

    [Fact]
    public async Task Empty_required_elements_block_submission_and_count_against_the_organs_completeness()
    {
        var organ = await factory.OrganWithStaffAsync();
        var guide = ServiceGuideTestKit.Complete(organ.Id, "食品经营许可（新办）", Code());
        guide["conditions"] = " ";
        guide.Remove("complaintPhone");
        guide["charged"] = true;
        guide["feeStandard"] = "工本费每证10元";

        var response = await organ.Editor.PostAsJsonAsync("/api/v1/service-guides", guide);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var fields = (await response.JsonAsync()).GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("field").GetString()).ToList();
        Assert.Equal(["conditions", "complaintPhone", "feeBasis"], fields);

        // Saved as a draft from the staff form, it counts 17 of 19 elements on the organ's line.
        var editor = await factory.StaffClientAsync("sg-ed-" + Guid.NewGuid().ToString("N")[..6], (organ.Id, BusinessRole.Editor));
        var saved = await editor.PostEditorAsync(ServiceGuideUrls.Edit(organ.Id, null), "Save", ServiceGuideTestKit.FormFields(guide));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var index = await editor.GetStringAsync("/admin/service-guides");
        var required = ServiceGuideRules.RequiredCount;
        Assert.Contains($"{100.0 * (required - 2) / required:0.#}%（{required - 2}/{required}）", index);
        var submit = await editor.PostEditorAsync(saved.Headers.Location!.OriginalString, "Submit", ServiceGuideTestKit.FormFields(guide));
        var html = await submit.Content.ReadAsStringAsync();
        Assert.Contains("请填写“受理条件”。", html);
        Assert.Contains("收费的事项须写明“收费依据”", html);
        Assert.Equal(ServiceGuideStatus.Draft, Assert.Single(await GuidesAsync(organ.Id)).Status);
    }

    [Fact]
    public async Task A_complete_guide_goes_through_review_to_its_public_page_into_search_and_links_its_power_item()
    {
        var organ = await factory.OrganWithStaffAsync();
        var marker = SearchTestKit.Marker();
        var code = Code();
        await organ.PublishAsync([[code, "个体工商户登记", "行政许可", "《市场主体登记管理条例》第三条"]]);
        var name = $"个体工商户登记{marker}";
        var id = await organ.Editor.SubmitAsync(ServiceGuideTestKit.Complete(organ.Id, name, code));

        var reader = factory.CreateClient();
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync(ServiceGuideUrls.Guide(id))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await organ.Editor.PostAsync($"/api/v1/service-guides/{id}/approve", null)).StatusCode);
        var approved = await organ.Reviewer.PostAsync($"/api/v1/service-guides/{id}/approve", null);
        Assert.True(approved.IsSuccessStatusCode, await approved.Content.ReadAsStringAsync());

        var page = await reader.GetStringAsync(ServiceGuideUrls.Guide(id));
        foreach (var text in new[] { name, "受理条件", "申请人具有经营能力", "经营者居民身份证", "原件和复印件", "公安机关", "15 个工作日", "1 个工作日", "不收费",
            "0 次（零跑动）", "https://zwykb.cq.gov.cn/", "营业执照", "023-47521234", "023-12345", "审查：登记注册科审查", "个人办事", "打印版" })
        {
            Assert.Contains(text, page);
        }

        Assert.Matches($"href=\"/xxgk/{organ.Id}/power-list/\\d+\" class=\"power-item-link\"", page);
        Assert.Contains(name, await reader.GetStringAsync(ServiceGuideUrls.Guide(id) + "?view=print"));
        Assert.Contains(name, await reader.GetStringAsync($"/bszn?theme=personal&q={marker}"));
        Assert.DoesNotContain(name, await reader.GetStringAsync($"/bszn?theme=legal&q={marker}"));
        Assert.Contains(name, await reader.GetStringAsync($"/bszn?organization={organ.Id}"));
        var api = await (await reader.GetAsync($"/api/v1/service-guides?organization={organ.Id}&q={marker}")).JsonAsync();
        Assert.Equal(id, Assert.Single(api.GetProperty("items").EnumerateArray()).GetProperty("id").GetInt32());

        await factory.IndexedAsync();
        var found = await reader.SearchApiAsync(SearchTestKit.Q(name));
        Assert.Contains(found.GetProperty("items").EnumerateArray(), i => i.GetProperty("kind").GetString() == ServiceGuideSearchSource.SourceKind
            && i.GetProperty("url").GetString() == ServiceGuideUrls.Guide(id));

        // Withdrawn: gone from the public page and from search, kept for the organ.
        var withdrawn = await organ.Editor.PostAsJsonAsync($"/api/v1/service-guides/{id}/withdraw", new { note = "办理地点调整，重新编写" });
        Assert.True(withdrawn.IsSuccessStatusCode, await withdrawn.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync(ServiceGuideUrls.Guide(id))).StatusCode);
        await factory.IndexedAsync();
        Assert.DoesNotContain((await reader.SearchApiAsync(SearchTestKit.Q(name))).GetProperty("items").EnumerateArray(),
            i => i.GetProperty("kind").GetString() == ServiceGuideSearchSource.SourceKind);
        Assert.Equal(ServiceGuideStatus.Withdrawn, Assert.Single(await GuidesAsync(organ.Id)).Status);
    }

    [Fact]
    public async Task A_reviewer_cannot_approve_a_guide_that_holds_a_phrase_the_administrator_added_after_submission()
    {
        var organ = await factory.OrganWithStaffAsync();
        var guide = ServiceGuideTestKit.Complete(organ.Id, "再生资源回收经营者备案", Code());
        guide["hours"] = "工作日9:00-17:00，节假日按通知办理";
        var id = await organ.Editor.SubmitAsync(guide);

        var admin = await factory.SystemAdminClientAsync();
        var phrasesPage = await admin.GetStringAsync(ServiceGuideUrls.Phrases);
        var current = WebUtility.HtmlDecode(Regex.Match(phrasesPage, "<textarea name=\"Text\" rows=\"20\">([^<]*)</textarea>").Groups[1].Value);
        Assert.Contains("其他材料", current);
        var saved = await admin.PostFormAsync(ServiceGuideUrls.Phrases, new() { ["Text"] = current + "\n按通知" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        try
        {
            var refused = await organ.Reviewer.PostAsync($"/api/v1/service-guides/{id}/approve", null);
            Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
            Assert.Contains("“办理时间”含不确定表述“按通知”", await refused.Content.ReadAsStringAsync());
            Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateClient().GetAsync(ServiceGuideUrls.Guide(id))).StatusCode);

            // Returned with the reason, the organ fixes it and it goes through.
            Assert.True((await organ.Reviewer.PostAsJsonAsync($"/api/v1/service-guides/{id}/return", new { note = "办理时间请写明节假日安排" })).IsSuccessStatusCode);
            Assert.Equal(ServiceGuideStatus.Returned, Assert.Single(await GuidesAsync(organ.Id)).Status);
        }
        finally
        {
            await admin.PostFormAsync(ServiceGuideUrls.Phrases, new() { ["Text"] = current });
        }

        // Someone who is not a system administrator cannot open the list.
        var editor = await factory.StaffClientAsync("sg-ph-" + Guid.NewGuid().ToString("N")[..6], (organ.Id, BusinessRole.Editor));
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.GetAsync(ServiceGuideUrls.Phrases)).StatusCode);
    }

    [Fact]
    public async Task Oversized_and_wrong_type_uploads_are_refused_in_chinese_and_lose_nothing()
    {
        var organ = await factory.OrganWithStaffAsync();
        var editor = await factory.StaffClientAsync("sg-up-" + Guid.NewGuid().ToString("N")[..6], (organ.Id, BusinessRole.Editor));
        var guide = ServiceGuideTestKit.Complete(organ.Id, "烟草专卖零售许可证新办", Code());
        var fields = ServiceGuideTestKit.FormFields(guide);
        var tooLarge = new byte[(11 * 1024 * 1024) + 1];
        ServiceGuideTestKit.Pdf().CopyTo(tooLarge, 0);

        var response = await editor.PostEditorAsync(ServiceGuideUrls.Edit(organ.Id, null), "Save", fields,
            ("blankForm-0", "申请书.pdf", ServiceGuideTestKit.Pdf("blank")),
            ("sample-0", "申请书样表.pdf", tooLarge),
            ("blankForm-1", "身份证说明.exe", [0x4D, 0x5A, 0x90, 0x00]),
            ("sample-1", "样表.pdf", ServiceGuideTestKit.Png()),
            ("flowChart", "流程图.png", ServiceGuideTestKit.Png()));
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("指南内容已保存；以下文件未上传", html);
        Assert.Contains("申请材料第 1 项的填写样表“申请书样表.pdf”：文件超过大小限制（10 MB）。", html);
        Assert.Contains("申请材料第 2 项的空白表格“身份证说明.exe”：不允许上传该类型的文件。", html);
        Assert.Contains("申请材料第 2 项的填写样表“样表.pdf”：文件内容与扩展名“.pdf”不符", html);
        // What was typed is on the page and saved; the good files are kept.
        Assert.Contains("value=\"烟草专卖零售许可证新办\"", html);
        var saved = Assert.Single(await GuidesAsync(organ.Id));
        Assert.Equal("申请人具有经营能力；名称、经营场所符合《市场主体登记管理条例》的规定。", saved.Conditions);
        Assert.Equal(2, saved.Materials.Count);
        var first = saved.Materials.Single(m => m.Position == 0);
        Assert.NotNull(first.BlankFormFileId);
        Assert.Null(first.SampleFileId);
        Assert.NotNull(saved.FlowChartFileId);
        Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync(ServiceGuideUrls.File(saved.Id, first.BlankFormFileId!.Value))).StatusCode);

        // The API refuses the same way and changes nothing.
        var api = new MultipartFormDataContent { { new StringContent("sample"), "kind" }, { new StringContent("0"), "material" }, { new ByteArrayContent([1, 2, 3]), "file", "样表.txt" } };
        var refused = await organ.Editor.PostAsync($"/api/v1/service-guides/{saved.Id}/files", api);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("不允许上传该类型的文件", await refused.Content.ReadAsStringAsync());
        Assert.Null((await GuidesAsync(organ.Id))[0].Materials.Single(m => m.Position == 0).SampleFileId);

        // Not public before approval; another organ's editor may not touch it.
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateClient().GetAsync(ServiceGuideUrls.File(saved.Id, first.BlankFormFileId!.Value))).StatusCode);
        var other = await factory.OrganWithStaffAsync();
        Assert.Equal(HttpStatusCode.Forbidden, (await other.Editor.PostAsync($"/api/v1/service-guides/{saved.Id}/files", new MultipartFormDataContent())).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await other.Editor.PostAsJsonAsync("/api/v1/service-guides", ServiceGuideTestKit.Complete(organ.Id, "越权", Code()))).StatusCode);
    }

    [Fact]
    public async Task The_staff_navigation_reaches_each_service_feature_and_each_links_its_public_page()
    {
        var organ = await factory.OrganAsync();
        var editor = await factory.StaffAsync(organ, BusinessRole.Editor);
        var nav = new HtmlParser().ParseDocument(await editor.GetStringAsync("/admin")).QuerySelector("nav.staff-nav");
        Assert.NotNull(nav);
        static bool Links(AngleSharp.Dom.IDocument page, string publicPage) =>
            page.QuerySelectorAll("main a").Any(a => a.GetAttribute("href")!.StartsWith(publicPage, StringComparison.Ordinal));
        foreach (var (staffPage, publicPage) in new[] { ("/admin/service-guides", "/bszn"), ("/admin/service-cases", "/bjjd"), ("/admin/market-rules", "/scgz"), ("/admin/policy-qa", "/zcwd") })
        {
            Assert.NotNull(nav.QuerySelector($"a[href='{staffPage}']"));
            Assert.True(Links(new HtmlParser().ParseDocument(await editor.GetStringAsync(staffPage)), publicPage), staffPage);
        }

        // The organ's own guides are a click away and link /bszn; only the system administrator sees the phrase list, and it opens.
        var guides = new HtmlParser().ParseDocument(await editor.GetStringAsync("/admin/service-guides"));
        var organPage = Assert.Single(guides.QuerySelectorAll($"a[href='{ServiceGuideUrls.Staff(organ)}']")).GetAttribute("href")!;
        Assert.True(Links(new HtmlParser().ParseDocument(await editor.GetStringAsync(organPage)), ServiceGuideUrls.List));
        Assert.Null(guides.QuerySelector($"a[href='{ServiceGuideUrls.Phrases}']"));
        var admin = await factory.SystemAdminClientAsync();
        var adminGuides = new HtmlParser().ParseDocument(await admin.GetStringAsync("/admin/service-guides"));
        Assert.NotNull(adminGuides.QuerySelector($"a[href='{ServiceGuideUrls.Phrases}']"));
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync(ServiceGuideUrls.Phrases)).StatusCode);
    }
}
