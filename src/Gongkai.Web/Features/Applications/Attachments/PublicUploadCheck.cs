using System.Xml;
using DocumentFormat.OpenXml.Packaging;
using Gongkai.Domain.Publications;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;

namespace Gongkai.Web.Features.Applications.Attachments;

/// <summary>Real validation of a file the public uploads, after the shared
/// <see cref="AttachmentInspector"/> (type, leading bytes, size, zip-bomb limits): a PDF must have
/// a valid trailer and open with at least one page, an image a valid header, a Word or OFD file a
/// valid package with well-formed XML, a legacy file a valid compound-file header.</summary>
public static class PublicUploadCheck
{
    private const int HeadBytes = 64 * 1024;
    private const int TailBytes = 2048;

    /// <summary>The reason the file is refused, or null. <paramref name="content"/> must be seekable; it is left at 0.</summary>
    public static string? Problem(AttachmentType type, Stream content)
    {
        try
        {
            var length = content.Length;
            var head = Read(content, 0, (int)Math.Min(HeadBytes, length));
            var tail = Read(content, Math.Max(0, length - TailBytes), (int)Math.Min(TailBytes, length));
            return type.Container switch
            {
                AttachmentContainer.Pdf => FileStructure.CheckPdfTrailer(tail, length) ?? CheckPdfOpens(content),
                AttachmentContainer.Png => FileStructure.CheckPng(head, tail),
                AttachmentContainer.Jpeg => FileStructure.CheckJpeg(head),
                AttachmentContainer.Ole2 => FileStructure.CheckOle2(head, length),
                AttachmentContainer.Zip => type.Kind == AttachmentKind.Docx ? CheckWordPackage(content) : CheckXmlEntry(content, type),
                _ => null,
            };
        }
        finally
        {
            content.Position = 0;
        }
    }

    private static string? CheckPdfOpens(Stream content)
    {
        content.Position = 0;
        try
        {
            using var document = PdfDocument.Open(content, new ParsingOptions { UseLenientParsing = false, SkipMissingFonts = true });
            return document.NumberOfPages > 0 ? null : "PDF 文件没有页面。";
        }
        catch (Exception e) when (e is PdfDocumentFormatException or InvalidOperationException or ArgumentException or FormatException
            or IndexOutOfRangeException or InvalidCastException or NullReferenceException or KeyNotFoundException or OverflowException)
        {
            return "PDF 文件结构无效，无法打开，可能已损坏或不是 PDF 文件。";
        }
    }

    /// <summary>A .docx is an OPC package: content types, relationships and a main document part
    /// whose XML is well formed (read as a stream; the inspector has bounded its size).</summary>
    private static string? CheckWordPackage(Stream content)
    {
        const string bad = "Word 文件结构无效（不是有效的 docx 文件包），可能已损坏。";
        content.Position = 0;
        try
        {
            using var document = WordprocessingDocument.Open(content, false);
            if (document.MainDocumentPart is not { } main)
            {
                return bad;
            }

            using var xml = main.GetStream(FileMode.Open, FileAccess.Read);
            return WellFormed(xml) ? null : bad;
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or IOException or XmlException or InvalidOperationException
            or ArgumentException or FileFormatException or UriFormatException)
        {
            return bad;
        }
    }

    private static string? CheckXmlEntry(Stream content, AttachmentType type)
    {
        var bad = $"{type.Label}文件结构无效（{type.RequiredZipEntry} 不是有效的 XML），可能已损坏。";
        content.Position = 0;
        try
        {
            using var zip = new System.IO.Compression.ZipArchive(content, System.IO.Compression.ZipArchiveMode.Read, leaveOpen: true);
            var entry = zip.Entries.FirstOrDefault(e => string.Equals(e.FullName, type.RequiredZipEntry, StringComparison.OrdinalIgnoreCase));
            if (entry is null)
            {
                return bad;
            }

            using var xml = entry.Open();
            return WellFormed(xml) ? null : bad;
        }
        catch (InvalidDataException)
        {
            return bad;
        }
    }

    private static bool WellFormed(Stream xml)
    {
        try
        {
            using var reader = XmlReader.Create(xml, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
            while (reader.Read())
            {
            }

            return true;
        }
        catch (XmlException)
        {
            return false;
        }
    }

    private static byte[] Read(Stream content, long offset, int count)
    {
        var buffer = new byte[count];
        content.Position = offset;
        content.ReadExactly(buffer);
        return buffer;
    }
}
