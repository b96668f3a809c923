using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Gongkai.Web.Features.Identity;
using Gongkai.Web.Shared;
using Gongkai.Web.Tests.Infrastructure;
using Gongkai.Web.Tests.Publications;

namespace Gongkai.Web.Tests.Consultations;

/// <summary>An organ with an editor (API client), a draft in the shape organs write (articles
/// 第一条…), and helpers for the public's comments.</summary>
public static class ConsultationTestKit
{
    public sealed record Organ(int Id, HttpClient Editor);

    public const string Draft = """
        <h2>第一章 总则</h2>
        <p>第一条 为了规范城市道路停车秩序，制定本办法。</p>
        <p>第二条 本办法适用于本区行政区域内城市道路临时停车泊位的设置和管理。</p>
        <p>第三条 区交通主管部门负责临时停车泊位的设置。<script>alert('x')</script></p>
        """;

    public static async Task<Organ> OrganWithEditorAsync(this GongkaiFactory factory)
    {
        var id = await factory.PortalOrganAsync();
        return new Organ(id, await factory.ApiStaffAsync((id, BusinessRole.Editor)));
    }

    public static string Day(this GongkaiFactory factory, int days) =>
        ChinaTime.Today(factory.Clock).AddDays(days).ToString("yyyy-MM-dd");

    public static Task<HttpResponseMessage> OpenAsync(this Organ organ, GongkaiFactory factory, string title, int opensIn = 0, int days = 30,
        bool major = false, string? reason = null, string draft = Draft) =>
        organ.Editor.PostAsJsonAsync("/api/v1/consultations", new
        {
            organization = organ.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            title,
            draftHtml = draft,
            opensOn = factory.Day(opensIn),
            closesOn = factory.Day(opensIn + days - 1),
            majorDecision = major,
            shortWindowReason = reason,
            reason = "现行停车管理规定已不适应城市发展需要。",
            mainQuestions = "一、临时泊位的收费时段；二、新能源车优惠。",
            waysToRespond = "信函：重庆市江津区某某路1号（信封注明“征求意见”）",
        });

    public static async Task<int> OpenedAsync(this Organ organ, GongkaiFactory factory, string title, int days = 30, bool major = false)
    {
        var response = await organ.OpenAsync(factory, title, days: days, major: major);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.JsonAsync()).GetProperty("id").GetInt32();
    }

    public static Task<HttpResponseMessage> CommentAsync(this HttpClient client, int id, string text, string name = "王小明",
        string phone = "13800138000", string? anchor = null, string? displayName = null, int? version = null) =>
        client.PostAsJsonAsync($"/api/v1/consultations/{id}/comments", new { text, anchor, name, phone, displayName, version });

    public static async Task<int> CommentedAsync(this HttpClient client, int id, string text, string name = "王小明",
        string phone = "13800138000", string? anchor = null, string? displayName = null)
    {
        var response = await client.CommentAsync(id, text, name, phone, anchor, displayName);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.JsonAsync()).GetProperty("id").GetInt32();
    }

    public static Task<HttpResponseMessage> ScreenRequestAsync(this HttpClient staff, int id, int commentId, bool approve = true, string? note = null) =>
        staff.PostAsJsonAsync($"/api/v1/consultations/{id}/comments/{commentId}/screen", new { approve, note });

    public static async Task ScreenAsync(this HttpClient staff, int id, int commentId, bool approve = true, string? note = null) =>
        Assert.Equal(HttpStatusCode.OK, (await staff.ScreenRequestAsync(id, commentId, approve, note)).StatusCode);

    public static Task<HttpResponseMessage> AnswerAsync(this HttpClient staff, int id, int commentId, string? result, string? text = null, int? sameAs = null) =>
        staff.PostAsJsonAsync($"/api/v1/consultations/{id}/comments/{commentId}/answer", new { result, text, sameAs });

    public static async Task<JsonElement> PublicAsync(this GongkaiFactory factory, int id) =>
        await factory.CreateClient().GetFromJsonAsync<JsonElement>($"/api/v1/consultations/{id}");

    public static async Task<string> DetailAsync(this HttpResponseMessage response) =>
        (await response.JsonAsync()).GetProperty("detail").GetString()!;

    /// <summary>The API field keys a refusal names in its problem details' <c>errors</c>.</summary>
    public static List<string> ErrorFields(this JsonElement problem) =>
        problem.GetProperty("errors").EnumerateObject().Select(p => p.Name).ToList();
}
