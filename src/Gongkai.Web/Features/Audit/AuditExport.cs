using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;

namespace Gongkai.Web.Features.Audit;

/// <summary>Writes audit rows to Excel (MiniExcel) or CSV. Rows stream from the database into the
/// file, so a large export does not sit in memory.</summary>
public static class AuditExport
{
    public static readonly string[] Columns =
        ["序号", "时间（北京时间）", "用户ID", "用户名", "角色", "机关ID", "IP", "客户端", "事件", "结果", "对象类型", "对象ID", "变更前", "变更后", "详情", "请求ID", "哈希"];

    /// <summary>Returns the number of rows written.</summary>
    public static async Task<int> WriteXlsxAsync(IQueryable<AuditEntry> rows, Stream output, CancellationToken ct = default)
    {
        var count = 0;
        var values = rows.AsNoTracking().OrderBy(e => e.Sequence).AsEnumerable().Select(e =>
        {
            count++;
            return ToRow(e);
        });
        await MiniExcel.SaveAsAsync(output, values, sheetName: "审计日志", excelType: ExcelType.XLSX, cancellationToken: ct);
        return count;
    }

    /// <summary>Returns the number of rows written.</summary>
    public static async Task<int> WriteCsvAsync(IQueryable<AuditEntry> rows, Stream output, CancellationToken ct = default)
    {
        var count = 0;
        // UTF-8 with BOM: Excel and WPS otherwise read Chinese CSV as GBK.
        await using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true)
        {
            // RFC 4180 line ends, whatever the server's platform.
            NewLine = "\r\n",
        };
        await writer.WriteLineAsync(string.Join(',', Columns.Select(Cell)));
        await foreach (var entry in rows.AsNoTracking().OrderBy(e => e.Sequence).AsAsyncEnumerable().WithCancellation(ct))
        {
            await writer.WriteLineAsync(string.Join(',', ToRow(entry).Values.Select(v => Cell(Convert.ToString(v, CultureInfo.InvariantCulture)))));
            count++;
        }

        return count;
    }

    private static Dictionary<string, object?> ToRow(AuditEntry e) => new()
    {
        [Columns[0]] = e.Sequence,
        [Columns[1]] = AuditDisplay.ChinaTime(e.At),
        [Columns[2]] = e.UserId?.ToString(),
        [Columns[3]] = e.UserName,
        [Columns[4]] = e.Role,
        [Columns[5]] = e.OrganizationId,
        [Columns[6]] = e.Ip,
        [Columns[7]] = e.UserAgent,
        [Columns[8]] = e.EventType,
        [Columns[9]] = AuditDisplay.Result(e.Success),
        [Columns[10]] = e.TargetType,
        [Columns[11]] = e.TargetId,
        [Columns[12]] = e.Before,
        [Columns[13]] = e.After,
        [Columns[14]] = e.Detail,
        [Columns[15]] = e.RequestId,
        [Columns[16]] = e.Hash,
    };

    /// <summary>Quotes a CSV field, and defuses spreadsheet formulas: user names and user agents
    /// are attacker-controlled, and a cell starting with = + - @ would run when opened.</summary>
    private static string Cell(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }

        if (value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        return value.IndexOfAny([',', '"', '\r', '\n']) >= 0 || value != value.Trim()
            ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : value;
    }

    public static string FileName(string extension, DateTimeOffset now) =>
        $"audit-{now.ToOffset(AuditDisplay.ChinaOffset).ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture)}.{extension}";
}
