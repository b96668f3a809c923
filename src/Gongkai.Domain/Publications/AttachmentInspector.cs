using System.IO.Compression;
using Gongkai.Domain.Uploads;

namespace Gongkai.Domain.Publications;

/// <summary>Decides whether an uploaded file may be attached (SECURITY.md S8): not empty, not too
/// large, an allowed extension, and leading bytes that match it. A zip-based file must contain the
/// entry its format requires and may not expand beyond <see cref="MaxUncompressedBytes"/> or hold
/// more than <see cref="MaxZipEntries"/> entries; the entries are really inflated to check, because a
/// zip's declared sizes are written by whoever made it.</summary>
public static class AttachmentInspector
{
    public static long MaxUncompressedBytes => PackageLimits.Attachment.MaxTotalBytes;

    public static int MaxZipEntries => PackageLimits.Attachment.MaxParts;

    private static readonly byte[] PdfMagic = "%PDF-"u8.ToArray();
    private static readonly byte[] PngMagic = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] JpegMagic = [0xFF, 0xD8, 0xFF];
    private static readonly byte[] Ole2Magic = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    private static readonly byte[] ZipMagic = [0x50, 0x4B, 0x03, 0x04];

    /// <summary>The file's type, or <see cref="AttachmentRejectedException"/> saying why not.
    /// <paramref name="content"/> must be seekable; it is left at position 0.</summary>
    public static AttachmentType Inspect(string fileName, Stream content, long maxBytes)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (content.Length == 0)
        {
            throw new AttachmentRejectedException("文件为空（0字节），请重新选择文件。");
        }

        if (content.Length > maxBytes)
        {
            throw new AttachmentRejectedException($"文件超过大小限制（{maxBytes / 1024 / 1024} MB）。");
        }

        var type = AttachmentTypes.ForFileName(fileName)
            ?? throw new AttachmentRejectedException($"不允许上传该类型的文件。允许的类型：{AttachmentTypes.AllowedList}。");

        content.Position = 0;
        var head = new byte[8];
        var read = content.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        content.Position = 0;
        var magic = type.Container switch
        {
            AttachmentContainer.Pdf => PdfMagic,
            AttachmentContainer.Png => PngMagic,
            AttachmentContainer.Jpeg => JpegMagic,
            AttachmentContainer.Ole2 => Ole2Magic,
            _ => ZipMagic,
        };
        if (read < magic.Length || !head.AsSpan(0, magic.Length).SequenceEqual(magic))
        {
            throw new AttachmentRejectedException($"文件内容与扩展名“{type.Extension}”不符，可能是改了扩展名的其他文件，已拒绝。");
        }

        if (type.Container == AttachmentContainer.Zip)
        {
            CheckZip(type, content);
        }
        else if (type.Container == AttachmentContainer.Pdf && PackageGuard.CheckPdf(content, PackageLimits.Pdf) is { } refusal)
        {
            // A compressed content stream can expand a thousandfold as well.
            throw new AttachmentRejectedException(refusal);
        }

        return type;
    }

    /// <summary>The size checks are <see cref="PackageGuard"/>'s, shared with every other reader.</summary>
    private static void CheckZip(AttachmentType type, Stream content)
    {
        if (PackageGuard.CheckZip(content, PackageLimits.Attachment) is { } refusal)
        {
            throw new AttachmentRejectedException(refusal);
        }

        try
        {
            using var zip = new ZipArchive(content, ZipArchiveMode.Read, leaveOpen: true);
            if (!zip.Entries.Any(e => string.Equals(e.FullName, type.RequiredZipEntry, StringComparison.OrdinalIgnoreCase)))
            {
                throw new AttachmentRejectedException($"文件不是有效的{type.Label}文件（缺少 {type.RequiredZipEntry}），已拒绝。");
            }
        }
        catch (InvalidDataException)
        {
            throw new AttachmentRejectedException($"文件已损坏，无法作为{type.Label}文件读取。");
        }
        finally
        {
            content.Position = 0;
        }
    }
}
