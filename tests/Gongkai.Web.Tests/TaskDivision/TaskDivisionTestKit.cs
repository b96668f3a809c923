using System.Net.Http.Headers;
using System.Runtime.CompilerServices;
using System.Text.Json;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Gongkai.Domain.TaskDivision;
using Gongkai.Web.Features.Identity;
using Gongkai.Web.Tests.Infrastructure;
using Gongkai.Web.Tests.Publications;
using MiniExcelLibs;

namespace Gongkai.Web.Tests.TaskDivision;

/// <summary>The seed notice, the same notice as Word and Excel files, and clients for the district
/// office (supervisor) and for organs.</summary>
public static class TaskDivisionTestKit
{
    public static string SeedText([CallerFilePath] string here = "") =>
        File.ReadAllText(Path.Combine(Path.GetDirectoryName(here)!, "..", "..", "..", "src", "Gongkai.Web", "Features", "TaskDivision", "Demo", "jiangjin-2020-132.txt"));

    public static async Task<HttpClient> OfficeApiAsync(this GongkaiFactory factory) =>
        await factory.ApiStaffAsync((await factory.OrganizationIdAsync("区政府办公室"), BusinessRole.Supervisor));

    public static Task<HttpResponseMessage> ImportTextAsync(this HttpClient client, string text, bool dryRun = false) =>
        client.PostAsync("/api/v1/task-divisions/import" + (dryRun ? "?dryRun=true" : ""), new FormUrlEncodedContent(new Dictionary<string, string> { ["text"] = text }));

    public static Task<HttpResponseMessage> ImportFileAsync(this HttpClient client, byte[] file, string fileName, bool dryRun = false)
    {
        var form = new MultipartFormDataContent();
        var content = new ByteArrayContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(content, "file", fileName);
        return client.PostAsync("/api/v1/task-divisions/import" + (dryRun ? "?dryRun=true" : ""), form);
    }

    public static async Task<JsonElement> OkJsonAsync(this HttpResponseMessage response)
    {
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return await response.JsonAsync();
    }

    public static async Task<string> ProblemAsync(this HttpResponseMessage response, int status = 422)
    {
        Assert.Equal(status, (int)response.StatusCode);
        return (await response.JsonAsync()).GetProperty("detail").GetString()!;
    }

    /// <summary>The seed's preamble and table written into a real Word table.</summary>
    public static byte[] SeedAsWord()
    {
        var source = NoticeTextReader.Read(SeedText());
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var body = new Body();
            foreach (var line in source.PreambleLines)
            {
                body.Append(new Paragraph(new Run(new Text(line))));
            }

            var table = new Table();
            foreach (var row in source.Rows)
            {
                var tr = new TableRow();
                foreach (var cell in row.Cells)
                {
                    var tc = new TableCell();
                    foreach (var paragraph in cell.Split('\n'))
                    {
                        tc.Append(new Paragraph(new Run(new Text(paragraph) { Space = SpaceProcessingModeValues.Preserve })));
                    }

                    tr.Append(tc);
                }

                table.Append(tr);
            }

            body.Append(table);
            main.Document = new Document(body);
        }

        return stream.ToArray();
    }

    /// <summary>The seed as an Excel sheet: title in the first row, then the table.</summary>
    public static byte[] SeedAsExcel()
    {
        var source = NoticeTextReader.Read(SeedText());
        // MiniExcel takes the columns from the first row, so every row carries all five.
        var rows = new List<Dictionary<string, object?>> { new() { ["A"] = source.PreambleLines[^2] + source.PreambleLines[^1], ["B"] = "", ["C"] = "", ["D"] = "", ["E"] = "" } };
        foreach (var row in source.Rows)
        {
            // Header has 4 cells, data rows 5: align the unit columns on the right like the Word table.
            var cells = row.Cells.Count == 4 ? new[] { "" }.Concat(row.Cells).ToList() : row.Cells.ToList();
            rows.Add(cells.Select((c, i) => (Key: ((char)('A' + i)).ToString(), Value: (object?)c.Replace("\n", "", StringComparison.Ordinal)))
                .ToDictionary(x => x.Key, x => x.Value));
        }

        using var stream = new MemoryStream();
        stream.SaveAs(rows, printHeader: false);
        return stream.ToArray();
    }
}
