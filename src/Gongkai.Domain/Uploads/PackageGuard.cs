using System.IO.Compression;

namespace Gongkai.Domain.Uploads;

/// <summary>The one gate every reader of a user's Office or PDF file passes first
/// (SECURITY.md S8/S9). A zip's declared sizes are written by whoever made the file, so every entry
/// is really inflated, in a fixed 80 KB buffer, and counted: the check itself never holds more than
/// one buffer, and it stops at the first limit crossed. A PDF's compressed streams are inflated the
/// same way. Returns the refusal in Chinese, or null when the file may be read.</summary>
public static class PackageGuard
{
    private const int BufferSize = 81920;

    /// <summary>Checks a zip-based file (.docx, .xlsx). <paramref name="content"/> must be seekable;
    /// it is left at position 0. <paramref name="label"/> names the file in the message, e.g. "Word 文件".</summary>
    public static string? CheckZip(Stream content, PackageLimits limits, string label = "文件")
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(limits);
        content.Position = 0;
        try
        {
            using var zip = new ZipArchive(content, ZipArchiveMode.Read, leaveOpen: true);
            if (zip.Entries.Count > limits.MaxParts)
            {
                return $"{label}内部条目过多（{zip.Entries.Count:N0} 个，超过{limits.MaxParts:N0}个），疑似压缩炸弹，已拒绝。";
            }

            var total = 0L;
            var buffer = new byte[BufferSize];
            foreach (var entry in zip.Entries)
            {
                var partLimit = IsXml(entry.FullName) ? Math.Min(limits.MaxXmlPartBytes, limits.MaxTotalBytes) : limits.MaxTotalBytes;
                if (entry.Length > partLimit)
                {
                    return PartTooLarge(label, entry.FullName, partLimit);
                }

                using var stream = entry.Open();
                var part = 0L;
                int n;
                while ((n = stream.Read(buffer, 0, buffer.Length)) > 0)
                {
                    part += n;
                    total += n;
                    if (part > partLimit)
                    {
                        return PartTooLarge(label, entry.FullName, partLimit);
                    }

                    if (total > limits.MaxTotalBytes)
                    {
                        return TotalTooLarge(label, limits.MaxTotalBytes);
                    }
                }
            }

            return null;
        }
        catch (InvalidDataException)
        {
            return $"{label}已损坏，无法读取。";
        }
        finally
        {
            content.Position = 0;
        }
    }

    /// <summary>Checks a PDF: every <c>stream … endstream</c> whose data is zlib (FlateDecode, the
    /// only filter that expands a thousandfold) is inflated and counted. Streams that are not zlib
    /// are left to the reader; they cannot expand.</summary>
    public static string? CheckPdf(Stream content, PackageLimits limits, string label = "PDF 文件")
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(limits);
        content.Position = 0;
        try
        {
            using var copy = new MemoryStream();
            content.CopyTo(copy);
            var bytes = copy.GetBuffer();
            var length = (int)copy.Length;
            var total = 0L;
            var streams = 0;
            var buffer = new byte[BufferSize];
            var at = 0;
            while ((at = IndexOf(bytes, length, "stream"u8, at)) >= 0)
            {
                var start = at + 6;
                at = start;
                if (start > 6 && bytes[start - 7] == (byte)'d')
                {
                    continue; // "endstream"
                }

                if (start < length && bytes[start] == '\r')
                {
                    start++;
                }

                if (start >= length || bytes[start] != '\n')
                {
                    continue;
                }

                start++;
                var end = IndexOf(bytes, length, "endstream"u8, start);
                if (end < 0)
                {
                    break;
                }

                at = end + 9;
                if (++streams > limits.MaxParts)
                {
                    return $"{label}内部数据流过多（超过{limits.MaxParts:N0}个），已拒绝。";
                }

                if (end - start < 2 || bytes[start] != 0x78)
                {
                    continue; // not a zlib header
                }

                total = Inflate(new MemoryStream(bytes, start, end - start, writable: false), buffer, total, limits.MaxTotalBytes);
                if (total > limits.MaxTotalBytes)
                {
                    return TotalTooLarge(label, limits.MaxTotalBytes);
                }
            }

            return null;
        }
        finally
        {
            content.Position = 0;
        }
    }

    /// <summary>Dispatches on the leading bytes: a zip or a PDF is checked, anything else passes
    /// (it is not compressed, so the upload size already bounds it).</summary>
    public static string? Check(Stream content, PackageLimits zipLimits, string label = "文件")
    {
        ArgumentNullException.ThrowIfNull(content);
        content.Position = 0;
        Span<byte> head = stackalloc byte[5];
        var read = content.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        content.Position = 0;
        if (read >= 4 && head[..4].SequenceEqual("PK\u0003\u0004"u8))
        {
            return CheckZip(content, zipLimits, label);
        }

        return read >= 5 && head.SequenceEqual("%PDF-"u8) ? CheckPdf(content, PackageLimits.Pdf, label) : null;
    }

    private static long Inflate(MemoryStream input, byte[] buffer, long total, long max)
    {
        try
        {
            using var z = new ZLibStream(input, CompressionMode.Decompress);
            int n;
            while ((n = z.Read(buffer, 0, buffer.Length)) > 0)
            {
                total += n;
                if (total > max)
                {
                    return total;
                }
            }
        }
        catch (InvalidDataException)
        {
            // A damaged stream inflates no further; the reader reports the damage.
        }

        return total;
    }

    private static int IndexOf(byte[] haystack, int length, ReadOnlySpan<byte> needle, int from)
    {
        if (from >= length)
        {
            return -1;
        }

        var i = haystack.AsSpan(from, length - from).IndexOf(needle);
        return i < 0 ? -1 : from + i;
    }

    private static bool IsXml(string name) =>
        name.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".rels", StringComparison.OrdinalIgnoreCase);

    private static string PartTooLarge(string label, string part, long limit) =>
        $"{label}中的“{part}”解压后超过{limit / 1024 / 1024} MB，疑似压缩炸弹，已拒绝。";

    private static string TotalTooLarge(string label, long limit) =>
        $"{label}解压后超过{limit / 1024 / 1024} MB，疑似压缩炸弹，已拒绝。";
}
