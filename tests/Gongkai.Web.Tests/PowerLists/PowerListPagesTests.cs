using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Gongkai.Web.Features.Identity;
using Gongkai.Web.Tests.Infrastructure;
using Gongkai.Web.Tests.Publications;

namespace Gongkai.Web.Tests.PowerLists;

public sealed partial class PowerListPagesTests(GongkaiFactory factory) : IClassFixture<GongkaiFactory>
{
    private static string Unique(string prefix) => prefix + Guid.NewGuid().ToString("N")[..6];

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string page, byte[] file, string fileName)
    {
        var html = await client.GetStringAsync(page);
        var content = new MultipartFormDataContent
        {
            { new StringContent(WebUtility.HtmlDecode(Token().Match(html).Groups[1].Value)), "__RequestVerificationToken" },
        };
        var part = new ByteArrayContent(file);
        part.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        content.Add(part, "Upload", fileName);
        return await client.PostAsync(page + "?handler=Preview", content);
    }

    [Fact]
    public async Task An_editor_previews_an_upload_submits_it_and_the_reviewer_publishes_it_from_the_staff_page()
    {
        var orgId = await factory.PortalOrganAsync();
        var editor = await factory.StaffClientAsync(Unique("pl-pe-"), (orgId, BusinessRole.Editor));
        var reviewer = await factory.StaffClientAsync(Unique("pl-pr-"), (orgId, BusinessRole.Reviewer));
        var page = $"/admin/power-lists/{orgId}";
        var items = PowerListTestKit.Items("PG", 3);
        items[2][3] = "相关法律法规";

        var bad = await (await UploadAsync(editor, page, PowerListTestKit.Workbook(items), "清单.xlsx")).Content.ReadAsStringAsync();
        Assert.Contains("1 行有问题", bad);
        Assert.Contains("第 6 行“设定依据”列：“相关法律法规”过于笼统", bad);
        Assert.DoesNotContain("handler=Save", bad);

        items[2][3] = "《中华人民共和国行政强制法》第九条";
        var good = await (await UploadAsync(editor, page, PowerListTestKit.Workbook(items), "清单.xlsx")).Content.ReadAsStringAsync();
        Assert.Contains("全部无误", good);
        var fileData = WebUtility.HtmlDecode(Regex.Match(good, "name=\"FileData\" value=\"([^\"]+)\"").Groups[1].Value);
        var saved = await editor.PostFormAsync(page, new() { ["FileData"] = fileData, ["FileName"] = "清单.xlsx" }, page + "?handler=Save");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("待审核", await editor.GetStringAsync(page));
        Assert.DoesNotContain("PG0001", await factory.CreateClient().GetStringAsync($"/xxgk/{orgId}/power-list?q=PG"));

        var reviewPage = await reviewer.GetStringAsync(page);
        var batchId = Regex.Match(reviewPage, "name=\"batchId\" value=\"(\\d+)\"").Groups[1].Value;
        var approved = await reviewer.PostFormAsync(page, new() { ["batchId"] = batchId, ["approve"] = "true" }, page + "?handler=Review");
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        Assert.Contains("PG0001", await factory.CreateClient().GetStringAsync($"/xxgk/{orgId}/power-list?q=PG0"));

        // Another organ's editor is refused on this organ's page.
        var otherOrg = await factory.PortalOrganAsync();
        var outsider = await factory.StaffClientAsync(Unique("pl-po-"), (otherOrg, BusinessRole.Editor));
        Assert.Equal(HttpStatusCode.Forbidden, (await outsider.GetAsync(page)).StatusCode);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
