using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Gongkai.Domain.Publications;
using Gongkai.Domain.Uploads;
using UglyToad.PdfPig;
using Word = DocumentFormat.OpenXml.Wordprocessing;

namespace Gongkai.Web.Features.Publications.Attachments;

/// <summary>Reads the text of PDF (PdfPig), .docx and .xlsx (Open XML SDK) attachments, for the
/// personal-information check and later for search. Only text is read: no macros, no linked
/// content, and the SDK's XML readers refuse DTDs, so no external entity is ever resolved. Files
/// have already passed <see cref="AttachmentInspector"/>; <see cref="PackageGuard"/> is asked again with the
/// tighter limits of readers that load whole parts into memory.</summary>
public sealed class AttachmentTextExtractor(ILogger<AttachmentTextExtractor> logger)
{
    /// <summary>Text beyond this is dropped; enough for any real document.</summary>
    public const int MaxChars = 2_000_000;

    public (AttachmentTextStatus Status, string? Text) Extract(AttachmentKind kind, Stream content)
    {
        try
        {
            content.Position = 0;
            // The readers below build whole trees in memory: the guard bounds what they may meet.
            var refusal = kind switch
            {
                AttachmentKind.Pdf => PackageGuard.CheckPdf(content, PackageLimits.Pdf),
                AttachmentKind.Docx or AttachmentKind.Xlsx => PackageGuard.CheckZip(content, PackageLimits.DomReader),
                _ => null,
            };
            if (refusal is not null)
            {
                logger.LogWarning("Text extraction refused for a {Kind} attachment: {Refusal}", kind, refusal);
                return (AttachmentTextStatus.Failed, null);
            }

            content.Position = 0;
            var text = kind switch
            {
                AttachmentKind.Pdf => Pdf(content),
                AttachmentKind.Docx => Docx(content),
                AttachmentKind.Xlsx => Xlsx(content),
                _ => null,
            };
            return text is null ? (AttachmentTextStatus.NotSupported, null) : (AttachmentTextStatus.Extracted, Cap(text));
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not OutOfMemoryException)
        {
            // A reader failing on an odd file must not lose the upload; the check then says so.
            logger.LogWarning(ex, "Text extraction failed for a {Kind} attachment", kind);
            return (AttachmentTextStatus.Failed, null);
        }
        finally
        {
            content.Position = 0;
        }
    }

    private static string Pdf(Stream content)
    {
        using var document = PdfDocument.Open(content);
        var sb = new StringBuilder();
        foreach (var page in document.GetPages())
        {
            sb.AppendJoin(' ', page.GetWords().Select(w => w.Text)).Append('\n');
            if (sb.Length > MaxChars)
            {
                break;
            }
        }

        return sb.ToString();
    }

    /// <summary>Everything a reader of the file can see or look up: the body, headers and footers,
    /// footnotes, endnotes and comments, and the document properties (author, title, subject…),
    /// because personal information hides there as well.</summary>
    private static string Docx(Stream content)
    {
        using var document = WordprocessingDocument.Open(content, false);
        var sb = new StringBuilder();
        var main = document.MainDocumentPart;
        if (main?.Document?.Body is { } body)
        {
            AppendParagraphs(sb, body);
        }

        IEnumerable<OpenXmlPartRootElement?> others =
        [
            .. main?.HeaderParts.Select(h => (OpenXmlPartRootElement?)h.Header) ?? [],
            .. main?.FooterParts.Select(f => (OpenXmlPartRootElement?)f.Footer) ?? [],
            main?.FootnotesPart?.Footnotes,
            main?.EndnotesPart?.Endnotes,
            main?.WordprocessingCommentsPart?.Comments,
        ];
        foreach (var root in others.OfType<OpenXmlPartRootElement>())
        {
            if (sb.Length > MaxChars)
            {
                break;
            }

            AppendParagraphs(sb, root);
        }

        AppendProperties(sb, document);
        if (document.ExtendedFilePropertiesPart?.Properties is { } extended)
        {
            sb.Append(extended.Company?.Text).Append('\n').Append(extended.Manager?.Text).Append('\n');
        }

        return sb.ToString();
    }

    private static void AppendParagraphs(StringBuilder sb, OpenXmlElement root)
    {
        // One line per paragraph (table cells are paragraphs too), so cells do not run together.
        foreach (var paragraph in root.Descendants<Word.Paragraph>())
        {
            foreach (var text in paragraph.Descendants<Word.Text>())
            {
                sb.Append(text.Text);
            }

            sb.Append('\n');
            if (sb.Length > MaxChars)
            {
                return;
            }
        }
    }

    private static void AppendProperties(StringBuilder sb, OpenXmlPackage document)
    {
        var p = document.PackageProperties;
        foreach (var value in new[] { p.Title, p.Subject, p.Creator, p.LastModifiedBy, p.Keywords, p.Description, p.Category })
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                sb.Append(value).Append('\n');
            }
        }
    }

    private static string Xlsx(Stream content)
    {
        using var document = SpreadsheetDocument.Open(content, false);
        var workbook = document.WorkbookPart;
        if (workbook is null)
        {
            return string.Empty;
        }

        var shared = workbook.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(i => i.InnerText).ToList() ?? [];
        var sb = new StringBuilder();
        foreach (var sheet in workbook.WorksheetParts)
        {
            foreach (var row in sheet.Worksheet?.Descendants<Row>() ?? [])
            {
                foreach (var cell in row.Elements<Cell>())
                {
                    sb.Append(CellText(cell, shared)).Append('\t');
                }

                sb.Append('\n');
                if (sb.Length > MaxChars)
                {
                    return sb.ToString();
                }
            }
        }

        AppendProperties(sb, document);
        return sb.ToString();
    }

    private static string CellText(Cell cell, List<string> shared)
    {
        if (cell.DataType?.Value == CellValues.InlineString)
        {
            return cell.InlineString?.InnerText ?? string.Empty;
        }

        var raw = cell.CellValue?.Text ?? string.Empty;
        return cell.DataType?.Value == CellValues.SharedString && int.TryParse(raw, out var index) && index >= 0 && index < shared.Count
            ? shared[index]
            : raw;
    }

    private static string Cap(string text) => text.Length > MaxChars ? text[..MaxChars] : text;
}
