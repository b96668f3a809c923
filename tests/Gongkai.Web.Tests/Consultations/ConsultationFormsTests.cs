using System.Globalization;
using System.Net;
using Gongkai.Web.Features.Consultations;
using Gongkai.Web.Features.Identity;
using Gongkai.Web.Tests.Infrastructure;
using Gongkai.Web.Tests.Publications;

namespace Gongkai.Web.Tests.Consultations;

/// <summary>The staff forms: a clerk opens a consultation, revises its draft and keeps the decision
/// catalogue without the API, under the same rules and the same per-organ check.</summary>
public sealed class ConsultationFormsTests(GongkaiFactory factory) : IClassFixture<GongkaiFactory>
{
    private const string OpenAction = ConsultationUrls.Staff + "?handler=Open";

    private async Task<(int Organ, HttpClient Clerk)> ClerkAsync()
    {
        var organ = await factory.PortalOrganAsync();
        return (organ, await factory.StaffClientAsync(PublicationTestKit.Unique("cs-f-"), (organ, BusinessRole.Editor)));
    }

    private Dictionary<string, string> OpenFields(int organ, string title, int days, bool major, string? shortReason = null) => new()
    {
        ["Form.OrganizationId"] = organ.ToString(CultureInfo.InvariantCulture),
        ["Form.Title"] = title,
        ["Form.DraftHtml"] = ConsultationTestKit.Draft,
        ["Form.Reason"] = "现行停车管理规定已不适应城市发展需要。",
        ["Form.MainQuestions"] = "一、临时泊位的收费时段；二、新能源车优惠。",
        ["Form.WaysToRespond"] = "信函：重庆市江津区某某路1号（信封注明“征求意见”）",
        ["Form.OpensOn"] = factory.Day(0),
        ["Form.ClosesOn"] = factory.Day(days - 1),
        ["Form.MajorDecision"] = major ? "true" : "false",
        ["Form.ShortWindowReason"] = shortReason ?? "",
    };

    private static int IdFrom(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return int.Parse(response.Headers.Location!.OriginalString.Split('/')[^1], CultureInfo.InvariantCulture);
    }

    [Fact]
    public async Task A_clerk_opens_a_consultation_through_the_form_and_the_public_finds_it_on_yjzj()
    {
        var (organ, clerk) = await ClerkAsync();
        var title = "城市道路临时停车管理办法（征求意见稿）" + Search.SearchTestKit.Marker();

        var id = IdFrom(await clerk.PostFormAsync(ConsultationUrls.Staff, OpenFields(organ, title, days: 30, major: true), OpenAction));

        var staffPage = await clerk.GetStringAsync(ConsultationUrls.Staff + "/" + id);
        Assert.Contains("已发布征求意见", staffPage);
        var visitor = factory.CreateClient();
        Assert.Contains(title, await visitor.GetStringAsync($"{ConsultationUrls.Index}?organization={organ}&state=open"));
        var page = await visitor.GetStringAsync(ConsultationUrls.Page(id));
        Assert.Contains("第一条 为了规范城市道路停车秩序", page);
        Assert.Contains("信函：重庆市江津区某某路1号", page);
        Assert.DoesNotContain("alert('x')", page);
    }

    [Fact]
    public async Task A_twenty_day_major_window_without_a_reason_is_refused_on_the_field_and_keeps_what_was_typed()
    {
        var (organ, clerk) = await ClerkAsync();
        var title = "老旧小区改造实施方案（征求意见稿）" + Search.SearchTestKit.Marker();

        var refused = await clerk.PostFormAsync(ConsultationUrls.Staff, OpenFields(organ, title, days: 20, major: true), OpenAction);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var html = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        Assert.Contains("一般不少于 30 日", html);
        Assert.Contains("本次只有 20 日", html);
        Assert.Matches("data-valmsg-for=\"Form.ShortWindowReason\"[^>]*>[^<]*本次只有 20 日", html);
        Assert.Contains("请填写缩短期限的理由", html);
        Assert.Contains($"value=\"{title}\"", html);
        Assert.Contains("第二条 本办法适用于本区行政区域内城市道路临时停车泊位的设置和管理。", html);
        Assert.Contains("二、新能源车优惠", html);
        Assert.Contains($"value=\"{factory.Day(19)}\"", html);
        Assert.DoesNotContain(title, await factory.CreateClient().GetStringAsync($"{ConsultationUrls.Index}?organization={organ}"));

        // With the reason it opens, and the reason is shown to the public.
        var id = IdFrom(await clerk.PostFormAsync(ConsultationUrls.Staff,
            OpenFields(organ, title, days: 20, major: true, shortReason: "省级改造资金申报截止日期临近。"), OpenAction));
        Assert.Contains("省级改造资金申报截止日期临近。", await factory.CreateClient().GetStringAsync(ConsultationUrls.Page(id)));
    }

    [Fact]
    public async Task Revising_through_the_form_adds_version_two_and_version_one_stays_readable()
    {
        var (organ, clerk) = await ClerkAsync();
        var id = IdFrom(await clerk.PostFormAsync(ConsultationUrls.Staff,
            OpenFields(organ, "养犬管理规定（征求意见稿）" + Search.SearchTestKit.Marker(), days: 30, major: false), OpenAction));
        var admin = ConsultationUrls.Staff + "/" + id;

        var revised = await clerk.PostFormAsync(admin, new()
        {
            ["draftHtml"] = "<p>第一条 为了规范养犬行为，保障公民健康和人身安全，制定本规定。</p><p>第二条 本规定适用于本区城市建成区。</p>",
            ["note"] = "根据第一轮意见，将适用范围限定为城市建成区。",
        }, admin + "?handler=Revise");
        Assert.Equal(HttpStatusCode.Redirect, revised.StatusCode);

        var staffPage = await clerk.GetStringAsync(admin);
        Assert.Contains("已发布草案第 2 稿", staffPage);
        var visitor = factory.CreateClient();
        var current = await visitor.GetStringAsync(ConsultationUrls.Page(id));
        Assert.Contains("本规定适用于本区城市建成区", current);
        Assert.Contains("根据第一轮意见，将适用范围限定为城市建成区。", current);
        var first = await visitor.GetStringAsync(ConsultationUrls.Version(id, 1));
        Assert.Contains("第一条 为了规范城市道路停车秩序", first);
        var api = await factory.PublicAsync(id);
        Assert.Equal(2, api.GetProperty("versions").GetArrayLength());
    }

    [Fact]
    public async Task Each_draft_version_keeps_its_own_attachments_and_a_bad_file_publishes_nothing()
    {
        var (organ, clerk) = await ClerkAsync();
        var explanation = PublicationTestKit.Pdf("Drafting note: city parks regulation");
        var opened = await clerk.PostMultipartAsync(ConsultationUrls.Staff,
            OpenFields(organ, "城市公园管理办法（征求意见稿）" + Search.SearchTestKit.Marker(), days: 30, major: false),
            [(ConsultationAttachments.Field, "起草说明.pdf", explanation)], OpenAction);
        var id = IdFrom(opened);
        var admin = ConsultationUrls.Staff + "/" + id;

        // A page posing as a PDF is refused with a Chinese reason, and no second version appears.
        var refused = await clerk.PostMultipartAsync(admin, new() { ["draftHtml"] = "<p>第一条 修订稿。</p>", ["note"] = "试图附上网页" },
            [(ConsultationAttachments.Field, "对照表.pdf", "<html><script>alert(1)</script></html>"u8.ToArray())], admin + "?handler=Revise");
        var refusedPage = await refused.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("对照表.pdf", refusedPage);
        Assert.Contains("第一条 修订稿。", refusedPage);
        Assert.Equal(1, (await factory.PublicAsync(id)).GetProperty("versions").GetArrayLength());

        var table = PublicationTestKit.Pdf("Table of changes, version 2");
        var revised = await clerk.PostMultipartAsync(admin, new() { ["draftHtml"] = "<p>第一条 修订稿。</p>", ["note"] = "增加修改对照表" },
            [(ConsultationAttachments.Field, "修改对照表.pdf", table)], admin + "?handler=Revise");
        Assert.Equal(HttpStatusCode.Redirect, revised.StatusCode);

        var visitor = factory.CreateClient();
        var first = await visitor.GetStringAsync(ConsultationUrls.Version(id, 1));
        var second = await visitor.GetStringAsync(ConsultationUrls.Page(id));
        Assert.Contains("起草说明.pdf", first);
        Assert.DoesNotContain("修改对照表.pdf", first);
        Assert.Contains("修改对照表.pdf", second);
        Assert.DoesNotContain("起草说明.pdf", second);

        var link = System.Text.RegularExpressions.Regex.Match(first, "href=\"(/yjzj/\\d+/files/\\d+)\"").Groups[1].Value;
        var download = await visitor.GetAsync(link);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal(explanation, await download.Content.ReadAsByteArrayAsync());

        // Another consultation's id in the URL does not reach the file.
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync(link.Replace($"/yjzj/{id}/", $"/yjzj/{id + 100000}/", StringComparison.Ordinal))).StatusCode);
    }

    [Fact]
    public async Task A_file_of_a_consultation_not_yet_open_is_only_for_the_organs_staff()
    {
        var (organ, clerk) = await ClerkAsync();
        var fields = OpenFields(organ, "农村人居环境整治方案（征求意见稿）" + Search.SearchTestKit.Marker(), days: 30, major: false);
        fields["Form.OpensOn"] = factory.Day(10);
        fields["Form.ClosesOn"] = factory.Day(40);
        var id = IdFrom(await clerk.PostMultipartAsync(ConsultationUrls.Staff, fields, [(ConsultationAttachments.Field, "方案.pdf", PublicationTestKit.Pdf("Rural environment plan"))], OpenAction));
        var staffPage = await clerk.GetStringAsync(ConsultationUrls.Staff + "/" + id);
        var staffLink = System.Text.RegularExpressions.Regex.Match(staffPage, "href=\"(/admin/consultations/\\d+/files/(\\d+))\"");
        Assert.True(staffLink.Success, "the staff page lists the file");
        Assert.Equal(HttpStatusCode.OK, (await clerk.GetAsync(staffLink.Groups[1].Value)).StatusCode);

        var visitor = factory.CreateClient();
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync(ConsultationUrls.File(id, int.Parse(staffLink.Groups[2].Value, CultureInfo.InvariantCulture)))).StatusCode);
        var stranger = await factory.StaffClientAsync(PublicationTestKit.Unique("cs-x-"), (await factory.PortalOrganAsync(), BusinessRole.Editor));
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync(staffLink.Groups[1].Value)).StatusCode);
    }

    [Fact]
    public async Task Another_organs_clerk_gets_403_and_nothing_changes()
    {
        var (organ, clerk) = await ClerkAsync();
        var id = IdFrom(await clerk.PostFormAsync(ConsultationUrls.Staff,
            OpenFields(organ, "户外广告设置规划（征求意见稿）" + Search.SearchTestKit.Marker(), days: 30, major: false), OpenAction));
        var (_, stranger) = await ClerkAsync();

        // The stranger's own pages give the anti-forgery token; the refusal is the organ check, not a missing token.
        var open = await stranger.PostFormAsync(ConsultationUrls.Staff, OpenFields(organ, "冒名征求意见", days: 30, major: false), OpenAction);
        Assert.Equal(HttpStatusCode.Forbidden, open.StatusCode);
        var revise = await stranger.PostFormAsync(ConsultationUrls.Staff, new() { ["draftHtml"] = "<p>篡改</p>" },
            ConsultationUrls.Staff + "/" + id + "?handler=Revise");
        Assert.Equal(HttpStatusCode.Forbidden, revise.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await stranger.GetAsync($"{ConsultationUrls.StaffCatalogue}?org={organ}")).StatusCode);

        Assert.Equal(1, (await factory.PublicAsync(id)).GetProperty("versions").GetArrayLength());
        Assert.DoesNotContain("冒名征求意见", await factory.CreateClient().GetStringAsync($"{ConsultationUrls.Index}?organization={organ}"));
    }

    [Fact]
    public async Task The_clerk_adds_a_catalogue_item_and_changes_its_status_through_the_form()
    {
        var (organ, clerk) = await ClerkAsync();
        var page = $"{ConsultationUrls.StaffCatalogue}?org={organ}";
        var name = "编制区级国土空间总体规划" + Search.SearchTestKit.Marker();
        var year = factory.Day(0)[..4];

        var added = await clerk.PostFormAsync(page, new()
        {
            ["Form.Year"] = year,
            ["Form.Name"] = name,
            ["Form.LeadOrgan"] = "区规划和自然资源局",
            ["Form.LegalBasis"] = "《中华人民共和国城乡规划法》第十四条",
            ["Form.PlannedTime"] = "2027年第二季度",
            ["Form.NeedsHearing"] = "true",
            ["Form.NeedsRiskAssessment"] = "true",
        }, page + "&handler=Add");
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);

        var listed = await clerk.GetStringAsync(page);
        var decisionId = System.Text.RegularExpressions.Regex.Match(listed, $"id=\"decision-(\\d+)\">\\s*<td>{year}</td><td>{name}").Groups[1].Value;
        Assert.NotEmpty(decisionId);

        // A wrong result link is refused with the field named; the status stays.
        var refused = await clerk.PostFormAsync(page, new() { ["decisionId"] = decisionId, ["status"] = "decided", ["resultPublicationId"] = "99999999" }, page + "&handler=Status");
        var refusal = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        Assert.Contains("决策结果应为本机关已公开的信息", refusal);
        Assert.DoesNotContain("resultPublicationId）", refusal);

        var changed = await clerk.PostFormAsync(page, new() { ["decisionId"] = decisionId, ["status"] = "deliberating" }, page + "&handler=Status");
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        var catalogue = await factory.CreateClient().GetStringAsync($"{ConsultationUrls.Catalogue(organ)}?year={year}");
        Assert.Contains(name, catalogue);
        Assert.Contains("审议", catalogue);
        Assert.Contains("状态已改为审议", await clerk.GetStringAsync(page));

        // The catalogue links the item to the form that opens its consultation.
        Assert.Contains($"{ConsultationUrls.Staff}?decision={decisionId}#open", await clerk.GetStringAsync(page));
    }
}
