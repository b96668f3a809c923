using System.IO.Compression;
using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using Gongkai.Web.Features.Identity;
using Gongkai.Web.Features.Publications.Import;
using Gongkai.Web.Tests.Infrastructure;
using MiniExcelLibs;

namespace Gongkai.Web.Tests.Publications;

public sealed partial class ImportPageTests(GongkaiFactory factory) : IClassFixture<GongkaiFactory>
{
    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, byte[] file, string fileName, bool mask = false)
    {
        var html = await client.GetStringAsync("/admin/publications/import");
        var token = WebUtility.HtmlDecode(AntiforgeryField().Match(html).Groups[1].Value);
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(file), "Upload", fileName },
        };
        if (mask)
        {
            form.Add(new StringContent("true"), "Mask");
        }

        return await client.PostAsync("/admin/publications/import", form);
    }

    private static byte[] Workbook(IEnumerable<Dictionary<string, object?>> rows)
    {
        using var output = new MemoryStream();
        output.SaveAs(rows, excelType: ExcelType.XLSX);
        return output.ToArray();
    }

    private static Dictionary<string, object?> ExcelRow(object organ, string title, object? publishedOn, string? indexNumber = null) => new()
    {
        ["机关"] = organ,
        ["栏目"] = "7",
        ["标题"] = title,
        ["正文"] = "第一段\n第二段",
        ["发文字号"] = "江津财发〔2018〕3号",
        ["成文日期"] = "2018-06-01",
        ["发布日期"] = publishedOn,
        ["索引号"] = indexNumber,
        ["有效性"] = "有效",
    };

    [Fact]
    public async Task An_excel_file_uploaded_on_the_page_is_imported_with_a_row_by_row_report()
    {
        var organ = await factory.NewOrganAsync(creditCode: "11500116MB0000033X");
        var admin = await factory.StaffClientAsync(PublicationTestKit.Unique("imp-"), (organ.Id, BusinessRole.OrganizationAdmin));
        var file = Workbook(
        [
            ExcelRow(organ.ShortName, "2018年部门决算公开", new DateTime(2018, 6, 8), "11500116MB0000033X/2018-00021"),
            ExcelRow(organ.ShortName, "发布日期写错", "2018-13-40"),
            ExcelRow(organ.Id, "身份证号 500116199001011234 的公示", "2018-06-09"),
        ]);

        var response = await UploadAsync(admin, file, "历史信息.xlsx");
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = new HtmlParser().ParseDocument(html);
        Assert.Contains("成功 1 行，失败 2 行", document.QuerySelector("#import-summary")!.TextContent);
        var rows = document.QuerySelectorAll("#import-report tbody tr").Select(r => r.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToArray()).ToList();
        Assert.Equal(["2", "成功"], rows[0][..2]);
        Assert.Equal(["3", "失败"], rows[1][..2]);
        Assert.Contains("发布日期", rows[1][2]);
        Assert.Equal(["4", "失败"], rows[2][..2]);
        Assert.Contains("个人信息", rows[2][2]);
        var link = document.QuerySelector("#import-report tbody tr a")!;
        Assert.Equal("11500116MB0000033X/2018-00021", link.TextContent);

        var id = link.GetAttribute("href")!.Split('/').Last();
        var page = await factory.CreateClient().GetStringAsync($"/xxgk/{organ.Id}/item/{id}");
        Assert.Contains("2018-06-08", page);
        Assert.Contains("2018-06-01", page);
        Assert.Contains("<p>第一段</p><p>第二段</p>", page);
    }

    [Fact]
    public async Task The_template_has_the_chinese_headers()
    {
        var organ = await factory.NewOrganAsync();
        var admin = await factory.StaffClientAsync(PublicationTestKit.Unique("imp-"), (organ.Id, BusinessRole.OrganizationAdmin));
        var bytes = await admin.GetByteArrayAsync("/admin/publications/import?handler=Template");
        using var stream = new MemoryStream(bytes);
        var header = ((IDictionary<string, object?>)stream.Query(excelType: ExcelType.XLSX).First()).Values.Select(v => v?.ToString() ?? "").ToList();
        Assert.Equal(PublicationImportExcel.Headers, header);
    }

    [Fact]
    public async Task A_file_that_is_not_an_xlsx_is_refused_with_a_message_and_nothing_imported()
    {
        var organ = await factory.NewOrganAsync();
        var admin = await factory.StaffClientAsync(PublicationTestKit.Unique("imp-"), (organ.Id, BusinessRole.OrganizationAdmin));

        var text = await UploadAsync(admin, "机关,标题\n1,测试"u8.ToArray(), "伪装.xlsx");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, text.StatusCode);
        Assert.Contains("不是 Excel 工作簿", await text.Content.ReadAsStringAsync());

        using var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            await using var entry = archive.CreateEntry("readme.txt").Open();
            entry.Write("hello"u8);
        }

        var plainZip = await UploadAsync(admin, zip.ToArray(), "压缩包.xlsx");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, plainZip.StatusCode);
        Assert.Contains("不是 Excel 工作簿", await plainZip.Content.ReadAsStringAsync());

        var wrongHeaders = await UploadAsync(admin, Workbook([new() { ["名称"] = "x" }]), "表头不对.xlsx");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, wrongHeaders.StatusCode);
        Assert.Contains("缺少列", await wrongHeaders.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_editor_without_the_organ_admin_role_cannot_open_the_import_page()
    {
        var organ = await factory.NewOrganAsync();
        var editor = await factory.StaffClientAsync(PublicationTestKit.Unique("imp-"), (organ.Id, BusinessRole.Editor));
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.GetAsync("/admin/publications/import")).StatusCode);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
