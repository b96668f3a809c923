using Gongkai.Domain.TaskDivision;

namespace Gongkai.Web.Features.TaskDivision;

/// <summary>Reads the notice out of an import request: a form with <c>file</c> or <c>text</c> (and
/// optional <c>year</c>), a JSON body <c>{ "text", "year" }</c>, or a plain-text body.</summary>
public static class TaskDivisionImportRequest
{
    public static async Task<(NoticeSource? Source, int? Year, string? Error)> ReadAsync(HttpRequest request, CancellationToken ct)
    {
        int? year = int.TryParse(request.Query["year"], out var y) ? y : null;
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(ct);
            year ??= int.TryParse(form["year"], out var fy) ? fy : null;
            var file = form.Files.GetFile("file");
            if (file is not null)
            {
                if (file.Length > NoticeFileReader.MaxFileBytes)
                {
                    return (null, year, $"文件过大（{file.Length / 1024 / 1024} MB），不能超过 {NoticeFileReader.MaxFileBytes / 1024 / 1024} MB。");
                }

                using var buffer = new MemoryStream();
                await file.CopyToAsync(buffer, ct);
                var (source, error) = NoticeFileReader.Read(buffer.ToArray(), file.FileName);
                return (source, year, error);
            }

            var text = form["text"].ToString();
            return text.Trim().Length == 0
                ? (null, year, "请上传任务分工通知（Word、Excel、网页或文本文件），或粘贴通知文本。")
                : (NoticeTextReader.Read(text), year, null);
        }

        using var reader = new StreamReader(request.Body);
        var body = await reader.ReadToEndAsync(ct);
        if (request.ContentType?.StartsWith("application/json", StringComparison.OrdinalIgnoreCase) == true)
        {
            try
            {
                using var json = System.Text.Json.JsonDocument.Parse(body);
                var root = json.RootElement;
                if (root.ValueKind == System.Text.Json.JsonValueKind.Object && root.TryGetProperty("year", out var yearElement) && yearElement.TryGetInt32(out var jy))
                {
                    year ??= jy;
                }

                body = root.ValueKind == System.Text.Json.JsonValueKind.Object && root.TryGetProperty("text", out var t) ? t.GetString() ?? "" : "";
            }
            catch (System.Text.Json.JsonException)
            {
                return (null, year, "请求体不是有效的 JSON，应为 {\"text\": \"通知文本\"}。");
            }
        }

        return body.Trim().Length == 0
            ? (null, year, "请求中没有通知：请上传文件（file）或提供通知文本（text）。")
            : (NoticeTextReader.Read(body), year, null);
    }
}
