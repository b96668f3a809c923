using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Gongkai.Web.Shared;
using Gongkai.Domain.DisclosureGuides;

namespace Gongkai.Web.Features.DisclosureGuides;

/// <summary>The guide as a Word file laid out loosely after GB/T 9704: A4, margins 37/35/28/26 mm
/// (top/bottom/left/right), title in 方正小标宋 二号 centred, part headings in 黑体 三号, body in
/// 仿宋_GB2312 三号 (16 pt) with a two-character first-line indent and exact 28 pt line spacing.
/// Fonts fall back to 宋体/仿宋 on machines without the official ones.</summary>
public static class GuideWordDocument
{
    private const string BodyFont = "仿宋_GB2312";
    private const string HeadingFont = "黑体";
    private const string TitleFont = "方正小标宋简体";

    public static byte[] Create(string organName, DisclosureGuide guide, GuideHeadingSet headings, OrganContact contact, DateOnly updatedOn)
    {
        using var stream = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            AddStyles(main);
            var body = new Body();
            body.Append(Paragraph($"{organName}政府信息公开指南", "GuideTitle"));
            body.Append(Paragraph(GuideHeadings.Preamble, "GuideBody"));
            foreach (var (heading, text) in guide.Parts(headings, contact))
            {
                body.Append(Paragraph(heading, "GuideHeading"));
                foreach (var paragraph in GuideText.Paragraphs(text))
                {
                    body.Append(Paragraph(paragraph, "GuideBody"));
                }
            }

            body.Append(Paragraph($"（本指南更新于{updatedOn.Year}年{updatedOn.Month}月{updatedOn.Day}日）", "GuideDate"));
            body.Append(OfficialDocumentStyles.A4Section());
            main.Document = new Document(body);
            main.Document.Save();
        }

        return stream.ToArray();
    }

    private static Paragraph Paragraph(string text, string style) =>
        new(new ParagraphProperties(new ParagraphStyleId { Val = style }), new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));

    private static void AddStyles(MainDocumentPart main)
    {
        var part = main.AddNewPart<StyleDefinitionsPart>();
        part.Styles = new Styles(
            OfficialDocumentStyles.Defaults(BodyFont),
            OfficialDocumentStyles.Paragraph("GuideTitle", "指南标题", TitleFont, "宋体", 44, JustificationValues.Center, outline: 0, spacing: OfficialDocumentStyles.TitleSpacing()),
            OfficialDocumentStyles.Paragraph("GuideHeading", "指南一级标题", HeadingFont, "黑体", 32, JustificationValues.Both, firstLineChars: 200, outline: 1),
            OfficialDocumentStyles.Paragraph("GuideBody", "指南正文", BodyFont, "仿宋", 32, JustificationValues.Both, firstLineChars: 200),
            OfficialDocumentStyles.Paragraph("GuideDate", "指南日期", BodyFont, "仿宋", 32, JustificationValues.Right));
        part.Styles.Save();
    }


}
