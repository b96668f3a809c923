using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

using Gongkai.Web.Shared;

namespace Gongkai.Web.Features.Applications.Letters;

/// <summary>A letter as a Word file: title, document number, body paragraphs (one per line of
/// the filled template), then the organ, a seal placeholder and the date, on A4 in 仿宋 三号.</summary>
public static class LetterWordDocument
{
    public const string SealPlaceholder = "（印章）";

    public static byte[] Create(string title, string documentNumber, string body, string organName, DateOnly issuedOn)
    {
        using var stream = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            var content = new Body();
            content.Append(Paragraph(title, JustificationValues.Center, bold: true, size: 44));
            content.Append(Paragraph(documentNumber, JustificationValues.Center));
            var first = true;
            foreach (var line in body.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0))
            {
                // The salutation line stands flush left; the rest are indented paragraphs.
                content.Append(Paragraph(first ? line : "\u3000\u3000" + line, JustificationValues.Both));
                first = false;
            }

            content.Append(Paragraph(organName, JustificationValues.Right));
            content.Append(Paragraph(SealPlaceholder, JustificationValues.Right));
            content.Append(Paragraph($"{issuedOn.Year}年{issuedOn.Month}月{issuedOn.Day}日", JustificationValues.Right));
            content.Append(OfficialDocumentStyles.A4Section());
            main.Document = new Document(content);
            main.Document.Save();
        }

        return stream.ToArray();
    }

    private static Paragraph Paragraph(string text, JustificationValues justification, bool bold = false, int size = 32)
    {
        var fonts = new RunFonts { Ascii = "仿宋_GB2312", HighAnsi = "仿宋_GB2312", EastAsia = "仿宋_GB2312", Hint = FontTypeHintValues.EastAsia };
        var fontSize = new FontSize { Val = size.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        // Children in the schema's order (rFonts, b, sz): Word refuses other orders.
        var run = bold ? new RunProperties(fonts, new Bold(), fontSize) : new RunProperties(fonts, fontSize);

        return new Paragraph(
            new ParagraphProperties(new SpacingBetweenLines { Line = "560", LineRule = LineSpacingRuleValues.Exact }, new Justification { Val = justification }),
            new Run(run, new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
    }
}
