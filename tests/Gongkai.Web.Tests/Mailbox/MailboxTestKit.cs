using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Gongkai.Web.Features.Identity;
using Gongkai.Web.Tests.Infrastructure;
using Gongkai.Web.Tests.Publications;
using static Gongkai.Web.Tests.Applications.ApplicationTestKit;

namespace Gongkai.Web.Tests.Mailbox;

public static class MailboxTestKit
{
    public const string Letters = "/api/v1/mailbox/letters";

    /// <summary>A letter as a resident writes it; the subject is unique so tests sharing a database do not collide.</summary>
    public static Dictionary<string, object?> Letter(string? subject = null, bool publish = true, string type = "complaint", string? content = null) => new()
    {
        ["recipient"] = "区长信箱",
        ["type"] = type,
        ["subject"] = subject ?? "小区门口道路积水" + Guid.NewGuid().ToString("N")[..6],
        ["content"] = content ?? "几江街道滨江小区门口的道路每逢下雨就严重积水，老人小孩出行很不方便，希望有关部门尽快疏通排水管网。",
        ["name"] = "李四",
        ["phone"] = "13912345678",
        ["email"] = "lisi@example.com",
        ["publish"] = publish,
    };

    /// <summary>The district office (区政府办公室, seeded) and a case handler there.</summary>
    public static async Task<(int Office, HttpClient Handler)> OfficeAsync(this GongkaiFactory factory)
    {
        var office = await factory.OrganizationIdAsync("区政府办公室");
        return (office, await factory.ApiStaffAsync((office, BusinessRole.CaseHandler)));
    }

    public static async Task<JsonElement> SubmitAsync(HttpClient client, Dictionary<string, object?> body) =>
        await ExpectAsync(HttpStatusCode.Created, client.PostAsJsonAsync(Letters, body));

    public static Task<HttpResponseMessage> LetterEventAsync(this HttpClient client, int id, object body) =>
        client.PostAsJsonAsync($"{Letters}/{id}/events", body);

    /// <summary>Written online, routed by the office to <paramref name="organ"/>, signed off and replied there.</summary>
    public static async Task<int> RepliedLetterAsync(this GongkaiFactory factory, HttpClient office, HttpClient organHandler, int organ, Dictionary<string, object?> body, string reply = "经核查，已安排市政部门于本周疏通排水管网。")
    {
        var id = (await SubmitAsync(factory.CreateClient(), body)).GetProperty("id").GetInt32();
        await ExpectAsync(HttpStatusCode.OK, office.LetterEventAsync(id, new { type = "routed", organization = organ.ToString(System.Globalization.CultureInfo.InvariantCulture), topic = "城乡建设" }));
        await ExpectAsync(HttpStatusCode.OK, organHandler.LetterEventAsync(id, new { type = "signedOff" }));
        await ExpectAsync(HttpStatusCode.OK, organHandler.LetterEventAsync(id, new { type = "replied", text = reply }));
        return id;
    }
}
