using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Gongkai.Web.Shared;
using Gongkai.Domain.AnnualReports;

namespace Gongkai.Web.Features.AnnualReports;

/// <summary>The report as a Word file in the national official-document layout (GB/T 9704, as
/// <see cref="DisclosureGuides.GuideWordDocument"/>): A4, margins 37/35/28/26 mm, title 方正小标宋
/// 二号, section headings 黑体 三号, body 仿宋_GB2312 三号 with 28 pt exact spacing; tables in 宋体
/// 五号 with single borders so they fit the type area.</summary>
public static class ReportWordDocument
{
    private const string BodyFont = "仿宋_GB2312";
    private const string TableFont = "宋体";

    public static byte[] Create(AnnualReportView view)
    {
        using var stream = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            AddStyles(main);
            var body = new Body();
            body.Append(Paragraph(view.Title, "ReportTitle"));
            foreach (var section in view.Template.Sections)
            {
                body.Append(Paragraph(section.Heading, "ReportHeading"));
                if (section.IsNarrative)
                {
                    foreach (var line in ReportHtml.Paragraphs(view.Narratives.GetValueOrDefault(section.Key)))
                    {
                        body.Append(Paragraph(line, "ReportBody"));
                    }

                    continue;
                }

                foreach (var table in view.Template.TablesOf(section.Key))
                {
                    body.Append(Table(table, view));
                    body.Append(Paragraph(string.Empty, "ReportBody"));
                }
            }

            body.Append(OfficialDocumentStyles.A4Section());
            main.Document = new Document(body);
            main.Document.Save();
        }

        return stream.ToArray();
    }

    private static Table Table(ReportTable table, AnnualReportView view)
    {
        var columns = table.Columns.Count + 1;
        var result = new Table(new TableProperties(
            new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct },
            new TableBorders(
                new TopBorder { Val = BorderValues.Single, Size = 4 }, new LeftBorder { Val = BorderValues.Single, Size = 4 },
                new BottomBorder { Val = BorderValues.Single, Size = 4 }, new RightBorder { Val = BorderValues.Single, Size = 4 },
                new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 })));
        if (table.Caption.Length > 0)
        {
            result.Append(new TableRow(Cell(table.Caption, span: columns)));
        }

        if (table.Columns.Any(c => c.Group is not null))
        {
            var top = new TableRow(Cell(table.RowHeader, merge: MergedCellValues.Restart));
            var bottom = new TableRow(Cell(string.Empty, merge: MergedCellValues.Continue));
            foreach (var (group, run) in ReportHtml.Runs(table.Columns))
            {
                if (group is null)
                {
                    top.Append(Cell(run[0].Label, merge: MergedCellValues.Restart));
                    bottom.Append(Cell(string.Empty, merge: MergedCellValues.Continue));
                }
                else
                {
                    top.Append(Cell(group, span: run.Count));
                    foreach (var column in run)
                    {
                        bottom.Append(Cell(column.Label));
                    }
                }
            }

            result.Append(top, bottom);
        }
        else
        {
            result.Append(new TableRow([Cell(table.RowHeader), .. table.Columns.Select(c => Cell(c.Label))]));
        }

        foreach (var row in table.Rows)
        {
            var label = new string('　', row.Level) + row.Label;
            result.Append(row.HasData
                ? new TableRow([Cell(label, left: true), .. table.Columns.Select(c => Cell(ReportDraft.N(view.Value(table.Key, row.Key, c.Key))))])
                : new TableRow(Cell(label, left: true), Cell(string.Empty, span: table.Columns.Count)));
        }

        return result;
    }

    private static TableCell Cell(string text, int span = 1, MergedCellValues? merge = null, bool left = false)
    {
        var properties = new TableCellProperties();
        if (span > 1)
        {
            properties.Append(new GridSpan { Val = span });
        }

        if (merge is { } m)
        {
            properties.Append(new VerticalMerge { Val = m });
        }

        properties.Append(new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Center });
        return new TableCell(properties, new Paragraph(
            new ParagraphProperties(new ParagraphStyleId { Val = "ReportTable" }, new Justification { Val = left ? JustificationValues.Left : JustificationValues.Center }),
            new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve })));
    }

    private static Paragraph Paragraph(string text, string style) =>
        new(new ParagraphProperties(new ParagraphStyleId { Val = style }), new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));

    private static void AddStyles(MainDocumentPart main)
    {
        var part = main.AddNewPart<StyleDefinitionsPart>();
        part.Styles = new Styles(
            OfficialDocumentStyles.Defaults(BodyFont),
            OfficialDocumentStyles.Paragraph("ReportTitle", "年报标题", "方正小标宋简体", "宋体", 44, JustificationValues.Center, outline: 0, spacing: OfficialDocumentStyles.TitleSpacing()),
            OfficialDocumentStyles.Paragraph("ReportHeading", "年报一级标题", "黑体", "黑体", 32, JustificationValues.Both, firstLineChars: 200, outline: 1),
            OfficialDocumentStyles.Paragraph("ReportBody", "年报正文", BodyFont, "仿宋", 32, JustificationValues.Both, firstLineChars: 200),
            OfficialDocumentStyles.Paragraph("ReportTable", "年报表格", TableFont, "宋体", 21, JustificationValues.Center, spacing: new SpacingBetweenLines { Line = "300", LineRule = LineSpacingRuleValues.Exact, After = "0" }));
        part.Styles.Save();
    }


}
