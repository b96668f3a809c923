using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Gongkai.Web.Features.Identity;
using Gongkai.Web.Tests.Infrastructure;
using Gongkai.Web.Tests.Publications;

namespace Gongkai.Web.Tests.Applications;

/// <summary>Helpers for the application tests: valid identity numbers, a case handler's API client,
/// and an application body.</summary>
public static class ApplicationTestKit
{
    private static int serial = 100;

    /// <summary>A resident identity number of Jiangjin (500116) born 1980-05-12 with a correct
    /// check character (ISO 7064 MOD 11-2), different on every call.</summary>
    public static string ValidIdNumber()
    {
        var body = "50011619800512" + Interlocked.Increment(ref serial).ToString("D3", System.Globalization.CultureInfo.InvariantCulture);
        int[] weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
        var sum = body.Select((c, i) => (c - '0') * weights[i]).Sum();
        return body + "10X98765432"[sum % 11];
    }

    /// <summary>The same number with a wrong check character.</summary>
    public static string WrongCheckDigit(string id) => id[..17] + (id[17] == '0' ? '1' : '0');

    public static Dictionary<string, object?> Body(int organizationId, string? idNumber = null, string description = "请公开2026年本机关行政事业性收费项目清单。") => new()
    {
        ["organization"] = organizationId.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["applicantType"] = "naturalPerson",
        ["applicantName"] = "张三",
        ["idNumber"] = idNumber ?? ValidIdNumber(),
        ["contact"] = "13812345678",
        ["email"] = "zhangsan@example.com",
        ["address"] = "重庆市江津区几江街道鼎山大道100号",
        ["description"] = description,
        ["channel"] = "online",
    };

    public static Task<HttpClient> CaseHandlerAsync(this GongkaiFactory factory, int organizationId) =>
        factory.ApiStaffAsync((organizationId, BusinessRole.CaseHandler));

    public static async Task<JsonElement> ExpectAsync(HttpStatusCode status, Task<HttpResponseMessage> call, string? messagePart = null)
    {
        var response = await call;
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"{response.StatusCode}: {body}");
        if (messagePart is not null)
        {
            Assert.Contains(messagePart, body);
        }

        return body.Length == 0 ? default : JsonDocument.Parse(body).RootElement.Clone();
    }

    /// <summary>Registers a paper application received by registered mail on <paramref name="receivedOn"/>.</summary>
    public static async Task<int> RegisterAsync(HttpClient handler, int organizationId, string receivedOn = "2026-11-02", string? description = null)
    {
        var body = Body(organizationId, description: description ?? "请公开" + Guid.NewGuid().ToString("N")[..8] + "号文件。");
        body["channel"] = "registeredMail";
        body["receivedOn"] = receivedOn;
        body["receiptEvidence"] = "挂号信签收单 XA1234567";
        var json = await ExpectAsync(HttpStatusCode.Created, handler.PostAsJsonAsync("/api/v1/applications", body));
        return json.GetProperty("id").GetInt32();
    }

    public static Task<HttpResponseMessage> EventAsync(this HttpClient client, int id, object body) =>
        client.PostAsJsonAsync($"/api/v1/applications/{id}/events", body);
}
