using System.Globalization;
using System.Net;
using Gongkai.Web.Tests.Infrastructure;

namespace Gongkai.Web.Tests.Concerns;

/// <summary>Drafts in the concern columns through the staff form, as an editor fills it in.</summary>
public static class ConcernTestKit
{
    public static Task<HttpResponseMessage> PostConcernAsync(this HttpClient editor, int orgId, string kind, Dictionary<string, string> fields)
    {
        var all = new Dictionary<string, string>
        {
            ["Input.Kind"] = kind,
            ["Item.FormedOn"] = "2026-11-24",
            ["Item.BodyHtml"] = "<p>正文</p>",
        };
        foreach (var (k, v) in fields)
        {
            all[k] = v;
        }

        return editor.PostFormAsync($"/admin/concerns/new?org={orgId}&kind={kind}", all);
    }

    public static async Task<int> DraftIdAsync(this Task<HttpResponseMessage> posted)
    {
        var response = await posted;
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        return int.Parse(response.Headers.Location!.OriginalString.Split('/').Last(), CultureInfo.InvariantCulture);
    }

    public static Dictionary<string, string> Response(string title, string raised = "2026-11-20", string responded = "2026-11-23") => new()
    {
        ["Item.Title"] = title,
        ["Item.BodyHtml"] = "<p>经核实，该路段将于12月底前完成修复。</p>",
        ["Input.Concern"] = "网友反映滨江路积水严重，影响出行",
        ["Input.ConcernSource"] = "华龙网网络问政",
        ["Input.ConcernRaisedOn"] = raised,
        ["Input.RespondedOn"] = responded,
    };

    public static Dictionary<string, string> Conference(string title, string? video = "https://video.example.cn/fbh/2026-11.mp4") => new()
    {
        ["Item.Title"] = title,
        ["Item.BodyHtml"] = "<p>主持人：各位媒体朋友，上午好……</p>",
        ["Input.HeldOn"] = "2026-11-25",
        ["Input.Speakers"] = "张某某 区政府新闻办主任\n李某某 区卫生健康委副主任",
        ["Input.Topic"] = "今冬明春疫情防控工作",
        ["Input.VideoUrl"] = video ?? "",
    };
}
