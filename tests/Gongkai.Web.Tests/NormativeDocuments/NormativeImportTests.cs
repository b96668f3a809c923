using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Gongkai.Web.Features.Identity;
using Gongkai.Web.Features.Interpretations;
using Gongkai.Web.Features.NormativeDocuments;
using Gongkai.Web.Features.Publications;
using Gongkai.Web.Tests.Infrastructure;
using Gongkai.Web.Tests.Publications;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;

namespace Gongkai.Web.Tests.NormativeDocuments;

public sealed partial class NormativeImportTests(GongkaiFactory factory) : IClassFixture<GongkaiFactory>
{
    [Fact]
    public async Task Bad_rows_are_reported_by_row_number_and_good_rows_are_imported_with_their_interpretations()
    {
        var organ = await factory.OrganAsync();
        var admin = await factory.StaffAsync(organ, BusinessRole.OrganizationAdmin);
        var editorOnly = await factory.StaffAsync(organ, BusinessRole.Editor);
        var file = Workbook(
        [
            Row("1", "存量文件甲", "江津府办发[2019]12号", "2019-05-06", "2019-05-10", "有效"),
            Row("1", "文号错误的文件", "江津府办发2019-13", "2019-05-06", "2019-05-10", "有效"),
            Row("1", "已废止的存量文件", "江津府办发（2018）3号", "2018-02-01", "2018-02-05", "已废止", changedOn: "2021-06-30"),
            Row("政策解读", "存量文件甲的解读", null, null, "2019-05-10", null, interprets: "江津府办发〔2019〕12号", form: "问答"),
            Row("政策解读", "找不到文件的解读", null, null, "2019-05-10", null, interprets: "江津府办发〔2019〕99号"),
            Row("1", "缺变更日期的文件", "江津府办发〔2018〕4号", "2018-02-01", "2018-02-05", "已废止"),
        ]);

        Assert.Equal(HttpStatusCode.Forbidden, (await editorOnly.GetAsync($"/admin/normative/import?org={organ}")).StatusCode);
        var response = await UploadAsync(admin, organ, file);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Contains("导入成功 3 行，失败 3 行", html);
        Assert.Matches("<td>3</td>\\s*<td>未导入</td>\\s*<td>[^<]*格式不正确", html);
        Assert.Matches("<td>6</td>\\s*<td>未导入</td>\\s*<td>[^<]*未找到发文字号为“江津府办发〔2019〕99号”", html);
        Assert.Matches("<td>7</td>\\s*<td>未导入</td>\\s*<td>[^<]*须填写有效性变更日期", html);
        await factory.WithDbAsync(async db =>
        {
            var docs = await db.Set<NormativeDocument>().Include(d => d.Changes).Where(d => d.OrganizationId == organ).OrderBy(d => d.NumberYear).ToListAsync();
            Assert.Equal(["江津府办发〔2018〕3号", "江津府办发〔2019〕12号"], docs.Select(d => d.DocumentNumber));
            Assert.Equal(Domain.NormativeDocuments.NormativeValidity.Repealed, docs[0].Validity);
            Assert.Equal(new DateOnly(2021, 6, 30), docs[0].ValidityChangedOn);
            Assert.Equal(PublicationValidity.Repealed, await db.Set<Publication>().Where(p => p.Id == docs[0].PublicationId).Select(p => p.Validity).SingleAsync());
            var interpretation = await db.Set<PolicyInterpretation>().Include(i => i.Links).SingleAsync(i => i.OrganizationId == organ);
            Assert.Equal(Domain.NormativeDocuments.InterpretationForm.QuestionsAndAnswers, interpretation.Form);
            Assert.Equal(docs[1].Id, Assert.Single(interpretation.Links).DocumentId);
            Assert.False(await db.Set<Publication>().AnyAsync(p => p.OrganizationId == organ && (p.Title == "文号错误的文件" || p.Title == "找不到文件的解读" || p.Title == "缺变更日期的文件")));
        });
        Assert.Contains("存量文件甲", await factory.CreateClient().GetStringAsync($"/gfxwj?Filter.Org={organ}&number=江津府办发〔2019〕12号"));
    }

    private static Dictionary<string, object?> Row(string column, string title, string? number, string? signedOn, string publishedOn, string? validity,
        string? changedOn = null, string? interprets = null, string? form = null) => new()
        {
            ["机关"] = null,
            ["栏目"] = column,
            ["标题"] = title,
            ["正文"] = title + "的正文",
            ["发文字号"] = number,
            ["成文日期"] = signedOn,
            ["发布日期"] = publishedOn,
            ["有效性"] = validity,
            ["有效性变更日期"] = changedOn,
            ["解读文件发文字号"] = interprets,
            ["解读形式"] = form,
        };

    private static byte[] Workbook(IEnumerable<Dictionary<string, object?>> rows)
    {
        using var output = new MemoryStream();
        output.SaveAs(rows, excelType: ExcelType.XLSX);
        return output.ToArray();
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, int organ, byte[] file)
    {
        var page = $"/admin/normative/import?org={organ}";
        var html = await client.GetStringAsync(page);
        var token = WebUtility.HtmlDecode(AntiforgeryField().Match(html).Groups[1].Value);
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(organ.ToString(System.Globalization.CultureInfo.InvariantCulture)), "org" },
        };
        var content = new ByteArrayContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        form.Add(content, "upload", "normative.xlsx");
        return await client.PostAsync(page, form);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
