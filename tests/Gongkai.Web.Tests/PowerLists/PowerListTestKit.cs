using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Gongkai.Domain.PowerLists;
using Gongkai.Web.Features.Identity;
using Gongkai.Web.Tests.Infrastructure;
using Gongkai.Web.Tests.Publications;
using MiniExcelLibs;

namespace Gongkai.Web.Tests.PowerLists;

/// <summary>An organ with an editor and a reviewer (API clients), and lists in the shapes organs keep.</summary>
public static class PowerListTestKit
{
    public sealed record Organ(int Id, HttpClient Editor, HttpClient Reviewer);

    public static async Task<Organ> OrganWithStaffAsync(this GongkaiFactory factory)
    {
        var id = await factory.PortalOrganAsync();
        var suffix = Guid.NewGuid().ToString("N")[..6];
        await factory.CreateStaffAsync("pl-ed-" + suffix, [(id, BusinessRole.Editor)]);
        await factory.CreateStaffAsync("pl-rv-" + suffix, [(id, BusinessRole.Reviewer)]);
        return new Organ(id, factory.ApiClient(await factory.ApiTokenAsync("pl-ed-" + suffix)),
            factory.ApiClient(await factory.ApiTokenAsync("pl-rv-" + suffix)));
    }

    /// <summary>Rows of a list: code, name, type (Chinese), basis.</summary>
    public static List<string[]> Items(string prefix, int count, string marker = "") =>
        Enumerable.Range(1, count).Select(i =>
        {
            var type = PowerTypes.InOrder[i % PowerTypes.InOrder.Count];
            return new[] { $"{prefix}{i:D4}", $"{marker}{PowerTypes.Name(type)}事项{i}", PowerTypes.Name(type), $"《中华人民共和国行政许可法》第{i}条" };
        }).ToList();

    /// <summary>An .xlsx as organs keep it: a title row, a blank row, then the header (columns in
    /// their own order, with a 序号 column the importer ignores), then the items.</summary>
    public static byte[] Workbook(IEnumerable<string[]> items, string[]? header = null, bool title = true)
    {
        header ??= ["序号", "权力类型", "事项名称", "事项编码", "设定依据", "承办机构"];
        var rows = new List<Dictionary<string, object?>>();
        Dictionary<string, object?> Row(params string?[] cells)
        {
            var row = new Dictionary<string, object?>();
            for (var i = 0; i < header.Length; i++)
            {
                row[((char)('A' + i)).ToString()] = i < cells.Length ? cells[i] : null;
            }

            return row;
        }

        if (title)
        {
            rows.Add(Row("某某局权责清单（2026年版）"));
            rows.Add(Row());
        }

        rows.Add(Row(header));
        var n = 0;
        foreach (var item in items)
        {
            n++;
            rows.Add(Row(header.Select(h => h switch
            {
                "序号" => n.ToString(System.Globalization.CultureInfo.InvariantCulture),
                "事项编码" => item[0],
                "事项名称" => item[1],
                "权力类型" => item[2],
                "设定依据" => item[3],
                "承办机构" => "行政审批科",
                _ => null,
            }).ToArray()));
        }

        using var output = new MemoryStream();
        output.SaveAs(rows, printHeader: false, excelType: ExcelType.XLSX);
        return output.ToArray();
    }

    public static string Csv(IEnumerable<string[]> items) =>
        "事项编码,事项名称,权力类型,设定依据\r\n" + string.Join("\r\n", items.Select(i => string.Join(",", i.Select(c => c.Contains(',') ? $"\"{c}\"" : c))));

    public static Task<HttpResponseMessage> UploadAsync(this HttpClient client, int orgId, byte[] file, string fileName, bool dryRun)
    {
        var content = new MultipartFormDataContent();
        var part = new ByteArrayContent(file);
        part.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        content.Add(part, "file", fileName);
        return client.PostAsync($"/api/v1/power-lists/{orgId}/import?dryRun={(dryRun ? "true" : "false")}", content);
    }

    public static Task<HttpResponseMessage> UploadCsvAsync(this HttpClient client, int orgId, string csv, bool dryRun = false) =>
        client.UploadAsync(orgId, Encoding.UTF8.GetBytes(csv), "清单.csv", dryRun);

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response) => await response.Content.ReadFromJsonAsync<JsonElement>();

    /// <summary>Imports and has the reviewer approve the batch: the list is public.</summary>
    public static async Task PublishAsync(this Organ organ, IEnumerable<string[]> items)
    {
        var response = await organ.Editor.UploadCsvAsync(organ.Id, Csv(items));
        var body = await response.JsonAsync();
        Assert.True(response.IsSuccessStatusCode, body.ToString());
        await organ.ApproveAsync(body.GetProperty("batchId").GetInt32());
    }

    public static async Task ApproveAsync(this Organ organ, int batchId)
    {
        var response = await organ.Reviewer.PostAsync($"/api/v1/power-lists/{organ.Id}/batches/{batchId}/approve", null);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>Submits an adjustment and has it approved.</summary>
    public static async Task AdjustAsync(this Organ organ, object adjustment)
    {
        var response = await organ.Editor.PostAsJsonAsync($"/api/v1/power-lists/{organ.Id}/adjustments", adjustment);
        var body = await response.JsonAsync();
        Assert.True(response.IsSuccessStatusCode, body.ToString());
        await organ.ApproveAsync(body.GetProperty("batchId").GetInt32());
    }

    public static async Task<JsonElement> ListAsync(this GongkaiFactory factory, string query)
    {
        var response = await factory.CreateClient().GetAsync("/api/v1/power-lists?" + query);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return await response.JsonAsync();
    }

    public static List<string> Codes(this JsonElement list) =>
        list.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("code").GetString()!).ToList();
}
