using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Gongkai.Web.Tests.Infrastructure;

namespace Gongkai.Web.Tests.ServiceGuides;

/// <summary>Guides in the shape a district window writes them, and the staff form as a browser posts it.</summary>
public static partial class ServiceGuideTestKit
{
    /// <summary>A complete guide for the API (every §7.2 element, nothing vague); change what a test needs.</summary>
    public static Dictionary<string, object?> Complete(int orgId, string name, string code) => new()
    {
        ["organization"] = orgId.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["name"] = name,
        ["code"] = code,
        ["type"] = "licence",
        ["basis"] = "《促进个体工商户发展条例》第八条；《市场主体登记管理条例》第三条",
        ["implementer"] = "重庆市江津区市场监督管理局",
        ["handlingUnit"] = "登记注册科",
        ["theme"] = "personal",
        ["applicants"] = "有经营能力的自然人",
        ["conditions"] = "申请人具有经营能力；名称、经营场所符合《市场主体登记管理条例》的规定。",
        ["materials"] = new List<Dictionary<string, object?>>
        {
            new() { ["name"] = "个体工商户登记（备案）申请书", ["form"] = "original", ["copies"] = 1, ["medium"] = "paperOrElectronic", ["source"] = "申请人自备（窗口领取或网上下载）", ["required"] = true },
            new() { ["name"] = "经营者居民身份证", ["form"] = "originalAndCopy", ["copies"] = 1, ["medium"] = "paper", ["source"] = "公安机关", ["required"] = true },
        },
        ["steps"] = new[] { "申请：窗口或重庆市政务服务网提交材料", "受理：材料齐全当场受理", "审查：登记注册科审查", "决定：核准登记，发放营业执照" },
        ["legalTimeLimit"] = 15,
        ["promisedTimeLimit"] = 1,
        ["charged"] = false,
        ["location"] = "江津区行政服务中心二楼市场监管窗口",
        ["hours"] = "工作日上午9:00-12:00，下午13:30-17:00（法定节假日除外）",
        ["visits"] = 0,
        ["online"] = true,
        ["onlineUrl"] = "https://zwykb.cq.gov.cn/",
        ["result"] = "营业执照",
        ["consultPhone"] = "023-47521234",
        ["complaintPhone"] = "023-12345",
        ["faq"] = "问：可以网上办理吗？答：可以，全程网办。",
    };

    public static Dictionary<string, object?> Material(this Dictionary<string, object?> guide, int index) =>
        ((List<Dictionary<string, object?>>)guide["materials"]!)[index];

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response) => await response.Content.ReadFromJsonAsync<JsonElement>();

    public static async Task<int> SubmitAsync(this HttpClient editor, Dictionary<string, object?> guide)
    {
        var response = await editor.PostAsJsonAsync("/api/v1/service-guides", guide);
        var body = await response.JsonAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, body.ToString());
        return body.GetProperty("id").GetInt32();
    }

    /// <summary>The staff form's text fields as a browser sends them (a guide of <see cref="Complete"/>).</summary>
    public static Dictionary<string, string> FormFields(Dictionary<string, object?> guide)
    {
        var fields = new Dictionary<string, string>();
        foreach (var (key, value) in guide)
        {
            var name = "Input." + char.ToUpperInvariant(key[0]) + key[1..];
            switch (value)
            {
                case null:
                    break;
                case List<Dictionary<string, object?>> materials:
                    for (var i = 0; i < materials.Count; i++)
                    {
                        foreach (var (k, v) in materials[i])
                        {
                            fields[$"Input.Materials[{i}].{char.ToUpperInvariant(k[0])}{k[1..]}"] = Format(v);
                        }
                    }

                    break;
                case string[] steps:
                    fields[name] = string.Join("\r\n", steps);
                    break;
                default:
                    fields[name] = Format(value);
                    break;
            }
        }

        fields.Remove("Input.Organization");
        return fields;
    }

    /// <summary>Posts the staff editor (multipart, as the browser does) with the fields and files.</summary>
    public static async Task<HttpResponseMessage> PostEditorAsync(this HttpClient client, string page, string handler,
        Dictionary<string, string> fields, params (string Field, string FileName, byte[] Content)[] files)
    {
        var html = await client.GetStringAsync(page);
        var content = new MultipartFormDataContent
        {
            { new StringContent(WebUtility.HtmlDecode(Token().Match(html).Groups[1].Value)), "__RequestVerificationToken" },
        };
        foreach (var (k, v) in fields)
        {
            content.Add(new StringContent(v, Encoding.UTF8), k);
        }

        foreach (var (field, fileName, bytes) in files)
        {
            var part = new ByteArrayContent(bytes);
            part.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            content.Add(part, field, fileName);
        }

        return await client.PostAsync(page + "?handler=" + handler, content);
    }

    /// <summary>A small valid PDF.</summary>
    public static byte[] Pdf(string marker = "form") =>
        Encoding.ASCII.GetBytes($"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n% {marker}\ntrailer<</Root 1 0 R>>\n%%EOF\n");

    /// <summary>A PNG signature and header, as a scanned flow chart starts.</summary>
    public static byte[] Png() => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0];

    private static string Format(object? v) => v switch
    {
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        _ => v?.ToString() ?? "",
    };

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
