using Gongkai.Domain.Enforcement;
using Gongkai.Web.Shared.Spreadsheets;

namespace Gongkai.Web.Features.Enforcement;

/// <summary>An uploaded sheet of decisions: the file is opened and inspected as every sheet import
/// is (<see cref="SpreadsheetUpload"/>: .xlsx via MiniExcel after the zip-bomb checks, or CSV in
/// UTF-8/GBK), then read by the Chinese column names.</summary>
public static class EnforcementFile
{
    /// <summary>A posted file: refused by its declared size before it is buffered (<see cref="SpreadsheetUpload.ReadAsync"/>).</summary>
    public static async Task<(IReadOnlyList<EnforcementRow>? Rows, string? Error)> ReadAsync(IFormFile file, DateOnly today, CancellationToken ct)
    {
        var (cells, error) = await SpreadsheetUpload.ReadAsync(file, ct);
        if (cells is null)
        {
            return (null, error);
        }

        var (rows, sheetError) = EnforcementDecisionReader.Read(cells, today);
        return sheetError is null ? (rows, null) : (null, sheetError);
    }
}
