using Gongkai.Domain.Enforcement;
using Gongkai.Web.Shared.Spreadsheets;

namespace Gongkai.Web.Features.Enforcement;

/// <summary>An uploaded sheet of decisions: the file is opened and inspected as every sheet import
/// is (<see cref="SpreadsheetUpload"/>: .xlsx via MiniExcel after the zip-bomb checks, or CSV in
/// UTF-8/GBK), then read by the Chinese column names.</summary>
public static class EnforcementFile
{
    public static (IReadOnlyList<EnforcementRow>? Rows, string? Error) Read(byte[] content, string? fileName, DateOnly today)
    {
        var (cells, error) = SpreadsheetUpload.Read(content, fileName);
        if (cells is null)
        {
            return (null, error);
        }

        var (rows, sheetError) = EnforcementDecisionReader.Read(cells, today);
        return sheetError is null ? (rows, null) : (null, sheetError);
    }
}
