using System.Net;
using System.Net.Http.Json;
using Gongkai.Web.Features.Consultations;
using Gongkai.Web.Features.Identity;
using Gongkai.Web.Tests.Infrastructure;
using Gongkai.Web.Tests.Publications;
using Gongkai.Web.Tests.Search;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Tests.Consultations;

public sealed class ConsultationTests(GongkaiFactory factory) : IClassFixture<GongkaiFactory>
{
    private async Task<int> CountAsync<T>(Func<IQueryable<T>, IQueryable<T>> filter)
        where T : class
    {
        var count = 0;
        await factory.WithDbAsync(async db => count = await filter(db.Set<T>()).CountAsync());
        return count;
    }

    [Fact]
    public async Task A_major_decision_with_a_20_day_window_is_refused_without_a_reason_and_the_recorded_reason_is_shown()
    {
        var organ = await factory.OrganWithEditorAsync();
        var title = "城市道路停车管理办法（征求意见稿）" + SearchTestKit.Marker();

        var refused = await organ.OpenAsync(factory, title, days: 20, major: true);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var message = await refused.DetailAsync();
        Assert.Contains("不少于 30 日", message);
        Assert.Contains("第十五条", message);
        Assert.Equal(0, await CountAsync<Consultation>(q => q.Where(c => c.Title == title)));

        // The same 20 days for an ordinary draft, or 30 days for a major one, need no reason.
        Assert.Equal(HttpStatusCode.Created, (await organ.OpenAsync(factory, title + "甲", days: 20)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await organ.OpenAsync(factory, title + "乙", days: 30, major: true)).StatusCode);

        var reason = "上级督查整改时限要求在年底前出台，征求意见期限缩短为20日。";
        var accepted = await organ.OpenAsync(factory, title, days: 20, major: true, reason: reason);
        Assert.Equal(HttpStatusCode.Created, accepted.StatusCode);
        var id = (await accepted.JsonAsync()).GetProperty("id").GetInt32();
        var view = await factory.PublicAsync(id);
        Assert.Equal(reason, view.GetProperty("shortWindowReason").GetString());
        Assert.Equal(20, view.GetProperty("windowDays").GetInt32());
        var page = await factory.CreateClient().GetStringAsync(ConsultationUrls.Page(id));
        Assert.Contains(reason, page);

        // A visitor reaches the organ's 重大行政决策事项目录 from a major decision's consultation.
        Assert.Contains($"href=\"{ConsultationUrls.Catalogue(organ.Id)}\"", page);

        // ... and from the 意见征集 list filtered to the organ.
        var list = await factory.CreateClient().GetStringAsync($"{ConsultationUrls.Index}?organization={organ.Id}");
        Assert.Matches($"id=\"major-decision-catalogue\"><a href=\"{ConsultationUrls.Catalogue(organ.Id)}\">[^<]*重大行政决策事项目录</a>", list);
        Assert.DoesNotContain("id=\"major-decision-catalogue\"", await factory.CreateClient().GetStringAsync(ConsultationUrls.Index));
    }

    [Fact]
    public async Task A_consultation_closing_before_it_opens_is_refused_with_a_clear_message()
    {
        var organ = await factory.OrganWithEditorAsync();
        var response = await organ.Editor.PostAsJsonAsync("/api/v1/consultations", new
        {
            organization = organ.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            title = "倒置日期的征求意见",
            draftHtml = "<p>第一条 正文。</p>",
            opensOn = factory.Day(10),
            closesOn = factory.Day(2),
        });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = await response.JsonAsync();
        var message = problem.GetProperty("detail").GetString()!;
        Assert.Contains("截止日期（", message);
        Assert.Contains("早于开始日期", message);
        Assert.DoesNotContain("closesOn", message);
        Assert.Equal(["closesOn"], problem.ErrorFields());
        Assert.Equal(0, await CountAsync<Consultation>(q => q.Where(c => c.Title == "倒置日期的征求意见")));
    }

    [Fact]
    public async Task A_comment_made_on_version_1_still_shows_against_version_1_after_version_2_is_published()
    {
        var organ = await factory.OrganWithEditorAsync();
        var id = await organ.OpenedAsync(factory, "停车收费办法（征求意见稿）");
        var first = await factory.PublicAsync(id);
        var draft1 = first.GetProperty("versions")[0].GetProperty("draftHtml").GetString()!;
        // Each article is anchored, and the script the draft carried is gone.
        Assert.Contains("id=\"p3\"", draft1);
        Assert.DoesNotContain("<script", draft1);

        var anonymous = factory.CreateClient();
        var commentId = await anonymous.CommentedAsync(id, "第二条应明确是否包括小区周边道路。", anchor: "p3");
        await organ.Editor.ScreenAsync(id, commentId);

        var revised = await organ.Editor.PostAsJsonAsync($"/api/v1/consultations/{id}/versions", new
        {
            draftHtml = "<p>第一条 为了规范停车秩序，制定本办法。</p><p>第二条 本办法适用于城市道路及小区周边道路。</p>",
            note = "采纳意见，第二条增加小区周边道路。",
        });
        Assert.Equal(HttpStatusCode.Created, revised.StatusCode);

        var view = await factory.PublicAsync(id);
        Assert.Equal(2, view.GetProperty("versions").GetArrayLength());
        Assert.Equal(draft1, view.GetProperty("versions")[0].GetProperty("draftHtml").GetString());
        var comment = view.GetProperty("comments").EnumerateArray().Single(c => c.GetProperty("id").GetInt32() == commentId);
        Assert.Equal(1, comment.GetProperty("version").GetInt32());
        Assert.Equal("p3", comment.GetProperty("anchor").GetString());
        Assert.StartsWith("第二条 本办法适用于本区", comment.GetProperty("anchorLabel").GetString());

        var page = await anonymous.GetStringAsync(ConsultationUrls.Page(id));
        Assert.Contains("第 2 稿，现行稿", page);
        Assert.Contains($"href=\"{ConsultationUrls.Version(id, 1)}#p3\"", page);
        Assert.Contains("第 1 稿 · 第二条 本办法适用于本区", page);
        var old = await anonymous.GetStringAsync(ConsultationUrls.Version(id, 1));
        Assert.Contains("第 1 稿，已被修改", old);
        Assert.Contains("第二条 本办法适用于本区行政区域内", old);

        // A new comment goes on version 2; an anchor that version 2 does not have is refused.
        var onV2 = await (await anonymous.CommentAsync(id, "建议明确收费时段。", phone: "13800138001")).JsonAsync();
        Assert.Equal(2, onV2.GetProperty("version").GetInt32());
        var badAnchor = await anonymous.CommentAsync(id, "针对第三条", phone: "13800138002", anchor: "p3");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, badAnchor.StatusCode);
        Assert.Contains("没有段落“p3”", await badAnchor.DetailAsync());
    }

    [Fact]
    public async Task Name_and_phone_are_never_public_on_the_page_the_api_or_search()
    {
        var organ = await factory.OrganWithEditorAsync();
        var marker = SearchTestKit.Marker();
        var id = await organ.OpenedAsync(factory, "老旧小区改造实施方案（征求意见稿）" + marker);
        var anonymous = factory.CreateClient();
        // A writer who signs the comment and leaves the phone in it too, as people do.
        var signed = await anonymous.CommentedAsync(id, $"{marker}建议增设电梯，有事请联系我13912345678，李建国。",
            name: "李建国", phone: "13912345678");
        var named = await anonymous.CommentedAsync(id, $"{marker}建议保留原有绿化。", name: "赵桂芬", phone: "023-4752 1234", displayName: "江津老居民");
        var staffOnly = await anonymous.CommentedAsync(id, $"{marker}尚未审核的意见", name: "钱多多", phone: "13700001111");
        await organ.Editor.ScreenAsync(id, signed);
        await organ.Editor.ScreenAsync(id, named);

        var json = await anonymous.GetStringAsync($"/api/v1/consultations/{id}");
        var page = await anonymous.GetStringAsync(ConsultationUrls.Page(id));
        await factory.IndexedAsync();
        var search = await anonymous.GetStringAsync("/search?q=" + Uri.EscapeDataString(marker));
        Assert.Contains(ConsultationUrls.Page(id), search);
        foreach (var (where, text) in new[] { ("api", json), ("page", page), ("search", search) })
        {
            foreach (var secret in new[] { "李建国", "13912345678", "赵桂芬", "4752 1234", "钱多多", "13700001111", "尚未审核的意见" })
            {
                Assert.False(text.Contains(secret, StringComparison.Ordinal), $"{where} shows {secret}");
            }
        }

        Assert.Contains("某网友", page);
        Assert.Contains("江津老居民", page);
        Assert.Contains("建议增设电梯", page);
        Assert.Empty(factory.AllIds("李建国", ConsultationSearchSource.SourceKind));
        Assert.Empty(factory.AllIds("13912345678", ConsultationSearchSource.SourceKind));

        // The organ sees who wrote, to reach them; the public cannot ask for it.
        var forStaff = await organ.Editor.GetStringAsync($"/api/v1/consultations/{id}/comments");
        Assert.Contains("李建国", forStaff);
        Assert.Contains("13912345678", forStaff);
        Assert.Contains("手机号码 1 处", forStaff);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync($"/api/v1/consultations/{id}/comments")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.ScreenRequestAsync(id, staffOnly)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.AnswerAsync(id, staffOnly, "adopted")).StatusCode);
        var stranger = await factory.ApiStaffAsync((await factory.PortalOrganAsync(), BusinessRole.Editor));
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/api/v1/consultations/{id}/comments")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.AnswerAsync(id, signed, "adopted")).StatusCode);
    }

    [Fact]
    public async Task Bad_comments_get_a_clear_message_and_nothing_is_lost_or_doubled()
    {
        var organ = await factory.OrganWithEditorAsync();
        var id = await organ.OpenedAsync(factory, "河道管理规定（征求意见稿）");
        var anonymous = factory.CreateClient();

        var huge = await anonymous.CommentAsync(id, new string('长', 3001));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, huge.StatusCode);
        Assert.Contains("不超过 3000 字（现为 3001 字）", await huge.DetailAsync());
        var empty = await anonymous.CommentAsync(id, "   ");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, empty.StatusCode);
        Assert.Contains("请填写意见内容", await empty.DetailAsync());
        var noPhone = await anonymous.CommentAsync(id, "意见", phone: "");
        Assert.Contains("联系电话", await noPhone.DetailAsync());
        Assert.Equal(0, await CountAsync<ConsultationComment>(q => q.Where(c => c.ConsultationId == id)));

        // Script and markup: kept as the words the writer meant, never as HTML.
        var scripted = await anonymous.CommentedAsync(id, "<p>建议<b>加强</b>巡查</p><script>alert('x')</script><img src=x onerror=alert(1)>",
            phone: "13600000001");
        await organ.Editor.ScreenAsync(id, scripted);
        var view = await factory.PublicAsync(id);
        var text = view.GetProperty("comments").EnumerateArray().Single(c => c.GetProperty("id").GetInt32() == scripted).GetProperty("text").GetString();
        Assert.Equal("建议加强巡查", text);
        var page = await anonymous.GetStringAsync(ConsultationUrls.Page(id));
        Assert.DoesNotContain("alert(", page);
        Assert.DoesNotContain("onerror", page);

        // The same comment sent twice within minutes is one comment; later it is a new one.
        var first = await (await anonymous.CommentAsync(id, "建议设置亲水步道。", phone: "13600000002")).JsonAsync();
        var again = await anonymous.CommentAsync(id, "建议设置亲水步道。", phone: "136-0000-0002");
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var body = await again.JsonAsync();
        Assert.True(body.GetProperty("duplicate").GetBoolean());
        Assert.Equal(first.GetProperty("id").GetInt32(), body.GetProperty("id").GetInt32());
        Assert.Equal(1, await CountAsync<ConsultationComment>(q => q.Where(c => c.ConsultationId == id && c.Text == "建议设置亲水步道。")));
        factory.Clock.Advance(TimeSpan.FromMinutes(11));
        Assert.Equal(HttpStatusCode.Created, (await anonymous.CommentAsync(id, "建议设置亲水步道。", phone: "13600000002")).StatusCode);
    }

    [Fact]
    public async Task The_catalogue_lists_each_decision_with_its_procedures_status_and_consultation()
    {
        var organ = await factory.OrganWithEditorAsync();
        var added = await organ.Editor.PostAsJsonAsync("/api/v1/major-decisions", new
        {
            organization = organ.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            year = 2027,
            name = "江津区城市停车设施专项规划",
            leadOrgan = "区住房城乡建委",
            legalBasis = "《重庆市城乡规划条例》",
            plannedTime = "2027年第二季度",
            needsHearing = true,
            needsRiskAssessment = true,
        });
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        var decisionId = (await added.JsonAsync()).GetProperty("id").GetInt32();
        var bad = await organ.Editor.PostAsJsonAsync("/api/v1/major-decisions", new { organization = organ.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), year = 2027, name = "缺依据" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, bad.StatusCode);
        var problem = await bad.JsonAsync();
        Assert.Contains("请填写承办单位（不超过 200 字）、决策依据（不超过 1000 字）、计划完成时间", problem.GetProperty("detail").GetString());
        Assert.Equal(["leadOrgan"], problem.ErrorFields());

        var consultation = await organ.Editor.PostAsJsonAsync("/api/v1/consultations", new
        {
            organization = organ.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            title = "江津区城市停车设施专项规划（草案）",
            draftHtml = "<p>规划范围为城市建成区。</p>",
            opensOn = factory.Day(0),
            closesOn = factory.Day(29),
            majorDecisionId = decisionId,
        });
        Assert.Equal(HttpStatusCode.Created, consultation.StatusCode);
        var consultationId = (await consultation.JsonAsync()).GetProperty("id").GetInt32();

        var list = await factory.CreateClient().GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/v1/major-decisions?organization={organ.Id}&year=2027");
        var item = list[0];
        Assert.Equal("consulting", item.GetProperty("status").GetString());
        Assert.True(item.GetProperty("needsHearing").GetBoolean());
        Assert.False(item.GetProperty("needsExpertReview").GetBoolean());
        Assert.Equal(ConsultationUrls.Page(consultationId), item.GetProperty("consultation").GetString());

        var status = await organ.Editor.PostAsJsonAsync($"/api/v1/major-decisions/{decisionId}/status", new { status = "审议" });
        Assert.Equal(HttpStatusCode.OK, status.StatusCode);
        var page = await factory.CreateClient().GetStringAsync(ConsultationUrls.Catalogue(organ.Id));
        Assert.Contains("2027年度重大行政决策事项目录", page);
        Assert.Contains("江津区城市停车设施专项规划", page);
        Assert.Contains("<td>审议</td>", page);
        Assert.Contains(ConsultationUrls.Page(consultationId), page);
    }
}
