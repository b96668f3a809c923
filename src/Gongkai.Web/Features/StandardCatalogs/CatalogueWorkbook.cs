using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Gongkai.Domain.StandardCatalogs;

namespace Gongkai.Web.Features.StandardCatalogs;

/// <summary>Writes an area's catalogue in the published layout: a title row, the two-row header of
/// REGULATIONS.md §6 with merged cells (公开事项 over 一级事项 | 二级事项; 公开对象, 公开方式 and 公开层级
/// over their ticked sub-columns), then the rows. <see cref="CatalogueReader"/> reads it back.</summary>
public static class CatalogueWorkbook
{
    private static readonly string[] Top = ["序号", "公开事项", "公开事项", "公开内容（要素）", "公开依据", "公开时限", "公开主体", "公开渠道和载体", "公开对象", "公开对象", "公开方式", "公开方式", "公开层级", "公开层级"];

    private static readonly string[] Sub = ["序号", "一级事项", "二级事项", "公开内容（要素）", "公开依据", "公开时限", "公开主体", "公开渠道和载体", "全社会", "特定群体", "主动", "依申请", "区级", "镇级"];

    private static readonly string[] Merges = ["A1:N1", "A2:A3", "B2:C2", "D2:D3", "E2:E3", "F2:F3", "G2:G3", "H2:H3", "I2:J2", "K2:L2", "M2:N2"];

    private const string Tick = "√";

    public static byte[] Write(string title, IEnumerable<CatalogueEntry> rows)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var sheetPart = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            uint r = 1;
            data.Append(Row(r++, [title, .. Enumerable.Repeat("", Top.Length - 1)]));
            data.Append(Row(r++, Top));
            data.Append(Row(r++, Sub));
            var n = 0;
            foreach (var e in rows)
            {
                data.Append(Row(r++,
                [
                    (++n).ToString(System.Globalization.CultureInfo.InvariantCulture),
                    e.Level1 ?? "",
                    e.Level2 ?? "",
                    e.Content ?? "",
                    e.Basis ?? "",
                    e.TimeLimit ?? "",
                    e.Subject ?? "",
                    Channels(e),
                    e.Audience == CatalogueAudience.Public ? Tick : "",
                    e.Audience == CatalogueAudience.SpecificGroup ? Tick : "",
                    e.Mode == CatalogueMode.Proactive ? Tick : "",
                    e.Mode == CatalogueMode.OnApplication ? Tick : "",
                    e.Level.HasFlag(CatalogueLevel.District) ? Tick : "",
                    e.Level.HasFlag(CatalogueLevel.Town) ? Tick : "",
                ]));
            }

            var worksheet = new Worksheet(data);
            var merges = new MergeCells();
            foreach (var range in Merges)
            {
                merges.Append(new MergeCell { Reference = range });
            }

            worksheet.InsertAfter(merges, data);
            sheetPart.Worksheet = worksheet;
            var sheets = workbook.Workbook.AppendChild(new Sheets());
            sheets.Append(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = "标准目录" });
            workbook.Workbook.Save();
        }

        return stream.ToArray();
    }

    /// <summary>The ticked channels as the catalogues print them (■ before each), unknown ones as written.</summary>
    private static string Channels(CatalogueEntry e)
    {
        var names = DisclosureChannels.InOrder.Where(c => c != DisclosureChannel.Other && e.Channels.HasFlag(c)).Select(DisclosureChannels.Name).ToList();
        if (e.OtherChannels is { Length: > 0 } other)
        {
            names.AddRange(other.Split('、'));
        }
        else if (e.Channels.HasFlag(DisclosureChannel.Other))
        {
            names.Add("其他");
        }

        return string.Join(" ", names.Select(n => "■" + n));
    }

    private static Row Row(uint index, IReadOnlyList<string> cells)
    {
        var row = new Row { RowIndex = index };
        for (var i = 0; i < cells.Count; i++)
        {
            row.Append(new Cell
            {
                CellReference = $"{(char)('A' + i)}{index}",
                DataType = CellValues.InlineString,
                InlineString = new InlineString(new Text(cells[i]) { Space = SpaceProcessingModeValues.Preserve }),
            });
        }

        return row;
    }
}
