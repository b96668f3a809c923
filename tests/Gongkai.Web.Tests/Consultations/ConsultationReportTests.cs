using System.Net;
using System.Net.Http.Json;
using Gongkai.Web.Features.Compliance;
using Gongkai.Web.Features.Consultations;
using Gongkai.Web.Features.Identity;
using Gongkai.Web.Shared;
using Gongkai.Web.Tests.Infrastructure;
using Gongkai.Web.Tests.Publications;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Web.Tests.Consultations;

/// <summary>The 意见采纳情况 after closing; these tests move the clock, so they have their own host.</summary>
public sealed class ConsultationReportTests(ConsultationReportTests.Factory factory) : IClassFixture<ConsultationReportTests.Factory>
{
    public sealed class Factory : GongkaiFactory;

    [Fact]
    public async Task The_feedback_report_lists_every_comments_handling_and_links_the_final_document()
    {
        var organ = await factory.OrganWithEditorAsync();
        var id = await organ.OpenedAsync(factory, "农村人居环境整治实施意见（征求意见稿）", days: 1);
        var anonymous = factory.CreateClient();
        var adopted = await anonymous.CommentedAsync(id, "建议增加垃圾分类收集点。", phone: "13500000001", anchor: "p2");
        var refused = await anonymous.CommentedAsync(id, "建议取消所有收费。", phone: "13500000002");
        var similar = await anonymous.CommentedAsync(id, "收费项目应全部免除。", phone: "13500000003");
        var abusive = await anonymous.CommentedAsync(id, "写这个稿子的人都是饭桶！", phone: "13500000004");
        foreach (var c in new[] { adopted, refused, similar })
        {
            await organ.Editor.ScreenAsync(id, c);
        }

        var noReason = await organ.Editor.PostAsJsonAsync($"/api/v1/consultations/{id}/comments/{abusive}/screen", new { approve = false });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noReason.StatusCode);
        await organ.Editor.ScreenAsync(id, abusive, approve: false, note: "含有侮辱性言论");

        Assert.Equal(HttpStatusCode.OK, (await organ.Editor.AnswerAsync(id, adopted, "adopted", "已在第二条中增加。")).StatusCode);
        var unexplained = await organ.Editor.AnswerAsync(id, refused, "未采纳");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, unexplained.StatusCode);
        Assert.Contains("“未采纳”须说明理由", await unexplained.DetailAsync());
        Assert.Equal(HttpStatusCode.OK, (await organ.Editor.AnswerAsync(id, refused, "未采纳", "保洁费用由受益农户合理分担，符合国家有关规定。")).StatusCode);

        var early = await organ.Editor.PostAsJsonAsync($"/api/v1/consultations/{id}/report", new { summary = "意见采纳情况说明" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, early.StatusCode);
        Assert.Contains("截止后才能公布", await early.DetailAsync());

        factory.Clock.Advance(TimeSpan.FromDays(2));
        var editor = await factory.ApiStaffAsync((organ.Id, BusinessRole.Editor));
        var unanswered = await editor.PostAsJsonAsync($"/api/v1/consultations/{id}/report", new { summary = "意见采纳情况说明" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, unanswered.StatusCode);
        Assert.Contains($"还有 1 条意见未答复或未审核（编号 {similar}）", await unanswered.DetailAsync());

        Assert.Equal(HttpStatusCode.OK, (await editor.AnswerAsync(id, similar, null, sameAs: refused)).StatusCode);
        var document = await factory.PublicItemAsync(organ.Id, "关于农村人居环境整治的实施意见");
        var report = await editor.PostAsJsonAsync($"/api/v1/consultations/{id}/report", new
        {
            summary = "共收到意见4条，主要集中在收费和垃圾收集点设置。",
            resultPublicationId = document,
        });
        Assert.Equal(HttpStatusCode.OK, report.StatusCode);

        var view = await factory.PublicAsync(id);
        var counts = view.GetProperty("report");
        Assert.Equal(4, counts.GetProperty("received").GetInt32());
        Assert.Equal(3, counts.GetProperty("shown").GetInt32());
        Assert.Equal(1, counts.GetProperty("notShown").GetInt32());
        Assert.Equal(1, counts.GetProperty("adopted").GetInt32());
        Assert.Equal(2, counts.GetProperty("notAdopted").GetInt32());
        var handling = view.GetProperty("comments").EnumerateArray().ToDictionary(c => c.GetProperty("id").GetInt32(), c => c.GetProperty("resultName").GetString());
        Assert.Equal(new Dictionary<int, string?> { [adopted] = "采纳", [refused] = "未采纳", [similar] = "未采纳" }, handling);
        Assert.Equal(ConsultationUrls.Publication(organ.Id, document), view.GetProperty("result").GetString());

        var page = await anonymous.GetStringAsync(ConsultationUrls.Page(id));
        Assert.Contains("共收到意见 4 条，公开 3 条（1 条因含有不宜公开的内容未公开）；采纳 1 条，部分采纳 0 条，未采纳 2 条。", page);
        Assert.Contains($"同第 {refused} 条意见一并答复：保洁费用由受益农户合理分担", page);
        Assert.Contains("关于农村人居环境整治的实施意见", page);
        Assert.DoesNotContain("饭桶", page);
        // Once the report is out the draft is final.
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await editor.PostAsJsonAsync($"/api/v1/consultations/{id}/versions", new { draftHtml = "<p>改</p>" })).StatusCode);
    }

    [Fact]
    public async Task A_report_not_published_30_days_after_closing_is_late_for_the_district_office()
    {
        var organ = await factory.OrganWithEditorAsync();
        var id = await organ.OpenedAsync(factory, "公共停车场收费标准（征求意见稿）", days: 1);

        async Task<int> LateCountAsync()
        {
            await using var scope = factory.Scope();
            var indicator = scope.ServiceProvider.GetServices<IComplianceIndicator>().Single(i => i.Key == "lateConsultationReports");
            var today = ChinaTime.Today(factory.Clock);
            var found = await indicator.EvaluateAsync(new ComplianceQuery(today.Year, today, [organ.Id]), CancellationToken.None);
            return found.TryGetValue(organ.Id, out var finding) ? finding.Count : 0;
        }

        factory.Clock.Advance(TimeSpan.FromDays(30));
        Assert.Equal(0, await LateCountAsync());
        factory.Clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal(1, await LateCountAsync());

        var staff = await factory.StaffClientAsync(PublicationTestKit.Unique("cs-late-"), (organ.Id, BusinessRole.Reviewer));
        var page = await staff.GetStringAsync(ConsultationUrls.Staff);
        var late = page[page.IndexOf("id=\"late-reports\"", StringComparison.Ordinal)..];
        Assert.Contains($"{ConsultationUrls.Staff}/{id}", late);
    }
}
