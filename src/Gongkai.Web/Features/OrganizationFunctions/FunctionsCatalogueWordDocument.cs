using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Gongkai.Domain.OrganizationFunctions;
using Gongkai.Web.Shared;

namespace Gongkai.Web.Features.OrganizationFunctions;

/// <summary>The district 机构职能目录 as a Word file in the official-document layout (GB/T 9704, as the
/// 指南: A4, margins 37/35/28/26 mm, title 方正小标宋 二号, headings 黑体/楷体 三号, body 仿宋 三号 on a
/// 28 pt line). A 目录 of the organs comes first; each organ starts on a new page, its name as a level-1
/// heading so Word's navigation pane lists the organs. Tables (内设机构, 下属单位, 领导) use 宋体 五号.</summary>
public static class FunctionsCatalogueWordDocument
{
    private const string BodyFont = "仿宋_GB2312";
    private const string TitleFont = "方正小标宋简体";
    private static readonly string[] Numerals = ["一", "二", "三", "四", "五", "六"];

    public static byte[] Create(string title, IReadOnlyList<FunctionsCatalogue.Group> groups, DateOnly? updatedOn)
    {
        using var stream = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            AddStyles(main);
            var body = new Body();
            body.Append(Paragraph(title, "CatalogueTitle"));
            if (updatedOn is { } on)
            {
                body.Append(Paragraph($"（更新于{on.Year}年{on.Month}月{on.Day}日）", "CatalogueDate"));
            }

            body.Append(Paragraph("目　录", "CatalogueGroup"));
            var published = groups.Select(g => (g.Name, Entries: g.Entries.Where(e => e.Record is not null).ToList())).Where(g => g.Entries.Count > 0).ToList();
            var n = 0;
            foreach (var (group, entries) in published)
            {
                body.Append(Paragraph(group, "CatalogueTocGroup"));
                foreach (var e in entries)
                {
                    body.Append(Paragraph($"{++n}．{e.Organ.Name}", "CatalogueToc"));
                }
            }

            n = 0;
            foreach (var (group, entries) in published)
            {
                foreach (var e in entries)
                {
                    body.Append(new Paragraph(new Run(new Break { Type = BreakValues.Page })));
                    body.Append(Paragraph($"{++n}．{e.Organ.Name}", "CatalogueOrgan"));
                    Organ(body, e.Record!);
                }
            }

            body.Append(OfficialDocumentStyles.A4Section());
            main.Document = new Document(body);
            main.Document.Save();
        }

        return stream.ToArray();
    }

    private static void Organ(Body body, OrganizationFunctionsVersion r)
    {
        var part = 0;
        body.Append(Paragraph($"{Numerals[part++]}、主要职责", "CatalogueHeading"));
        foreach (var (duty, i) in r.Duties.Select((d, i) => (d, i)))
        {
            body.Append(Paragraph($"{i + 1}．{duty}", "CatalogueBody"));
        }

        if (r.InternalBodies.Count > 0)
        {
            body.Append(Paragraph($"{Numerals[part++]}、内设机构", "CatalogueHeading"));
            body.Append(Table(["机构名称", "主要职责", "联系电话"], r.InternalBodies.Select(b => new[] { b.Name, b.Duties, b.Phone ?? "" })));
        }

        if (r.Subordinates.Count > 0)
        {
            body.Append(Paragraph($"{Numerals[part++]}、下属单位", "CatalogueHeading"));
            body.Append(Table(["单位名称", "类别", "主要职责"], r.Subordinates.Select(u => new[] { u.Name, SubordinateKinds.Name(u.Kind), u.Duties })));
        }

        if (r.Leaders.Count > 0)
        {
            body.Append(Paragraph($"{Numerals[part++]}、领导信息", "CatalogueHeading"));
            body.Append(Table(["姓名", "职务", "工作分工"], r.Leaders.Select(l => new[] { l.Name, l.Position, l.Responsibilities })));
        }

        body.Append(Paragraph($"{Numerals[part]}、联系方式", "CatalogueHeading"));
        foreach (var (label, value) in new[] { ("办公地址", r.Address), ("办公时间", r.Hours), ("联系电话", r.Phone), ("传真", r.Fax), ("邮编", r.Postcode), ("网址", r.Website) })
        {
            if (!string.IsNullOrEmpty(value))
            {
                body.Append(Paragraph($"{label}：{value}", "CatalogueBody"));
            }
        }
    }

    private static Paragraph Paragraph(string text, string style) =>
        new(new ParagraphProperties(new ParagraphStyleId { Val = style }), new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));

    private static Table Table(string[] header, IEnumerable<string[]> rows)
    {
        var table = new Table(new TableProperties(
            new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct },
            new TableBorders(
                new TopBorder { Val = BorderValues.Single, Size = 4 }, new LeftBorder { Val = BorderValues.Single, Size = 4 },
                new BottomBorder { Val = BorderValues.Single, Size = 4 }, new RightBorder { Val = BorderValues.Single, Size = 4 },
                new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 })));
        table.Append(new TableRow(header.Select(h => Cell(h))));
        foreach (var row in rows)
        {
            table.Append(new TableRow(row.Select(c => Cell(c))));
        }

        return table;
    }

    private static TableCell Cell(string text) =>
        new(new TableCellProperties(new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Center }),
            new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "CatalogueTable" }),
                new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve })));

    private static void AddStyles(MainDocumentPart main)
    {
        var part = main.AddNewPart<StyleDefinitionsPart>();
        part.Styles = new Styles(
            OfficialDocumentStyles.Defaults(BodyFont),
            OfficialDocumentStyles.Paragraph("CatalogueTitle", "目录标题", TitleFont, "宋体", 44, JustificationValues.Center, outline: 0, spacing: OfficialDocumentStyles.TitleSpacing()),
            OfficialDocumentStyles.Paragraph("CatalogueDate", "目录日期", BodyFont, "仿宋", 32, JustificationValues.Center),
            OfficialDocumentStyles.Paragraph("CatalogueGroup", "目录小标题", "黑体", "黑体", 32, JustificationValues.Center),
            OfficialDocumentStyles.Paragraph("CatalogueTocGroup", "目录分组", "黑体", "黑体", 32, JustificationValues.Left),
            OfficialDocumentStyles.Paragraph("CatalogueToc", "目录条目", BodyFont, "仿宋", 32, JustificationValues.Left, firstLineChars: 200),
            OfficialDocumentStyles.Paragraph("CatalogueOrgan", "机关名称", "黑体", "黑体", 32, JustificationValues.Center, outline: 1, spacing: OfficialDocumentStyles.TitleSpacing()),
            OfficialDocumentStyles.Paragraph("CatalogueHeading", "一级标题", "黑体", "黑体", 32, JustificationValues.Both, firstLineChars: 200, outline: 2),
            OfficialDocumentStyles.Paragraph("CatalogueBody", "正文", BodyFont, "仿宋", 32, JustificationValues.Both, firstLineChars: 200),
            OfficialDocumentStyles.Paragraph("CatalogueTable", "表格", "宋体", "宋体", 21, JustificationValues.Left,
                spacing: new SpacingBetweenLines { Line = "300", LineRule = LineSpacingRuleValues.Exact, After = "0" }));
        part.Styles.Save();
    }
}
