using System.Buffers.Binary;
using System.Text;

namespace Gongkai.Domain.Publications;

/// <summary>Checks of a file's inner structure beyond its leading bytes, for uploads from the
/// public: "%PDF" followed by 50 MB of anything is not a PDF. Each check reads
/// only headers and trailers, never decodes content. A failed check returns the Chinese reason.</summary>
public static class FileStructure
{
    private const int MaxImageSide = 30_000;

    private static readonly byte[] PngIend = [0, 0, 0, 0, 0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82];

    /// <summary>A PDF ends with <c>%%EOF</c> (allowing trailing white space or a few junk bytes)
    /// preceded by <c>startxref</c> and the offset of a cross-reference that lies inside the file.</summary>
    public static string? CheckPdfTrailer(ReadOnlySpan<byte> tail, long fileLength)
    {
        var text = Encoding.Latin1.GetString(tail);
        var eof = text.LastIndexOf("%%EOF", StringComparison.Ordinal);
        if (eof < 0)
        {
            return "PDF 文件不完整（缺少文件结束标记 %%EOF），可能已损坏或不是 PDF 文件。";
        }

        var startxref = text.LastIndexOf("startxref", eof, StringComparison.Ordinal);
        if (startxref < 0)
        {
            return "PDF 文件结构无效（缺少 startxref），可能已损坏或不是 PDF 文件。";
        }

        var number = text[(startxref + "startxref".Length)..eof].Trim();
        if (!long.TryParse(number, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var offset)
            || offset <= 0 || offset >= fileLength)
        {
            return "PDF 文件结构无效（交叉引用表位置错误），可能已损坏或不是 PDF 文件。";
        }

        return null;
    }

    /// <summary>PNG: the IHDR chunk first, with its CRC, a sane size, and the IEND chunk last.</summary>
    public static string? CheckPng(ReadOnlySpan<byte> head, ReadOnlySpan<byte> tail)
    {
        const string bad = "PNG 图片结构无效（文件头或结束块不正确），可能已损坏或不是图片。";
        if (head.Length < 33 || BinaryPrimitives.ReadUInt32BigEndian(head[8..]) != 13 || !head[12..16].SequenceEqual("IHDR"u8))
        {
            return bad;
        }

        if (Crc32(head[12..29]) != BinaryPrimitives.ReadUInt32BigEndian(head[29..]))
        {
            return bad;
        }

        var width = BinaryPrimitives.ReadUInt32BigEndian(head[16..]);
        var height = BinaryPrimitives.ReadUInt32BigEndian(head[20..]);
        if (width is 0 or > MaxImageSide || height is 0 or > MaxImageSide)
        {
            return $"PNG 图片尺寸无效（{width}×{height}）。";
        }

        return tail.EndsWith(PngIend) ? null : bad;
    }

    /// <summary>JPEG: a chain of well-formed segments from the start marker up to a frame header
    /// (SOFn) with a sane size, before the image data begins.</summary>
    public static string? CheckJpeg(ReadOnlySpan<byte> head)
    {
        const string bad = "JPG 图片结构无效（找不到有效的图像帧头），可能已损坏或不是图片。";
        if (head.Length < 4 || head[0] != 0xFF || head[1] != 0xD8)
        {
            return bad;
        }

        var i = 2;
        while (i + 4 <= head.Length)
        {
            if (head[i] != 0xFF)
            {
                return bad;
            }

            var marker = head[i + 1];
            if (marker == 0xFF)
            {
                i++; // fill byte
                continue;
            }

            if (marker is 0x01 or (>= 0xD0 and <= 0xD7))
            {
                i += 2;
                continue;
            }

            var length = BinaryPrimitives.ReadUInt16BigEndian(head[(i + 2)..]);
            if (length < 2)
            {
                return bad;
            }

            var isFrame = marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC;
            if (isFrame)
            {
                if (length < 8 || i + 9 > head.Length)
                {
                    return bad;
                }

                var height = BinaryPrimitives.ReadUInt16BigEndian(head[(i + 5)..]);
                var width = BinaryPrimitives.ReadUInt16BigEndian(head[(i + 7)..]);
                return height == 0 || width == 0 || height > MaxImageSide || width > MaxImageSide ? $"JPG 图片尺寸无效（{width}×{height}）。" : null;
            }

            if (marker is 0xDA or 0xD9)
            {
                return bad; // image data or the end, with no frame header before it
            }

            i += 2 + length;
        }

        return bad;
    }

    /// <summary>OLE2 compound file (legacy Word, WPS): the header's byte-order mark, a version of 3
    /// or 4 with its matching sector size, and a file length that is whole sectors after the header.</summary>
    public static string? CheckOle2(ReadOnlySpan<byte> head, long fileLength)
    {
        const string bad = "文件结构无效（不是有效的 Word/WPS 复合文档），可能已损坏。";
        if (head.Length < 512 || BinaryPrimitives.ReadUInt16LittleEndian(head[28..]) != 0xFFFE)
        {
            return bad;
        }

        var major = BinaryPrimitives.ReadUInt16LittleEndian(head[26..]);
        var shift = BinaryPrimitives.ReadUInt16LittleEndian(head[30..]);
        if (!((major == 3 && shift == 9) || (major == 4 && shift == 12)))
        {
            return bad;
        }

        var sector = 1L << shift;
        return fileLength < 512 + sector ? bad : null;
    }

    private static uint Crc32(ReadOnlySpan<byte> data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }

        return ~crc;
    }
}
