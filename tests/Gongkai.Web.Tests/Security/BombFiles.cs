using System.Diagnostics;
using System.IO.Compression;
using System.Text;

namespace Gongkai.Web.Tests.Security;

/// <summary>Decompression bombs as an attacker makes them: a valid-looking .docx, .xlsx or PDF whose
/// one part expands to 1 GiB of repeated bytes, which deflate packs into about 1 MB. Built once per
/// test run, in memory, by streaming the repeated bytes into the compressor.</summary>
public static class BombFiles
{
    public const long ExpandsTo = 1L << 30;

    private static readonly Lazy<byte[]> DocxBomb = new(() => Zip(
        ("[Content_Types].xml", Encoding.UTF8.GetBytes("""<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>"""), 0),
        ("_rels/.rels", Encoding.UTF8.GetBytes("""<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>"""), 0),
        ("word/document.xml", Encoding.UTF8.GetBytes("""<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>"""), ExpandsTo)));

    private static readonly Lazy<byte[]> XlsxBomb = new(() => Zip(
        ("[Content_Types].xml", Encoding.UTF8.GetBytes("""<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>"""), 0),
        ("_rels/.rels", Encoding.UTF8.GetBytes("""<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"""), 0),
        ("xl/workbook.xml", Encoding.UTF8.GetBytes("""<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="导入" sheetId="1" r:id="rId1"/></sheets></workbook>"""), 0),
        ("xl/_rels/workbook.xml.rels", Encoding.UTF8.GetBytes("""<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>"""), 0),
        ("xl/worksheets/sheet1.xml", Encoding.UTF8.GetBytes("""<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>"""), ExpandsTo)));

    private static readonly Lazy<byte[]> PdfBomb = new(BuildPdf);

    /// <summary>A .docx whose paragraph text expands to 1 GiB.</summary>
    public static byte[] Docx => DocxBomb.Value;

    /// <summary>An .xlsx whose first sheet expands to 1 GiB.</summary>
    public static byte[] Xlsx => XlsxBomb.Value;

    /// <summary>A PDF with one FlateDecode content stream that expands to 1 GiB.</summary>
    public static byte[] Pdf => PdfBomb.Value;

    /// <summary>Runs <paramref name="action"/> while sampling the process's working set, and returns
    /// the largest growth seen over the working set before it (bytes).</summary>
    public static async Task<long> PeakGrowthAsync(Func<Task> action)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        var baseline = process.WorkingSet64;
        var peak = baseline;
        using var stop = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                process.Refresh();
                peak = Math.Max(peak, process.WorkingSet64);
                try
                {
                    await Task.Delay(20, stop.Token);
                }
                catch (OperationCanceledException)
                {
                    break;
                }
            }
        });
        try
        {
            await action();
        }
        finally
        {
            await stop.CancelAsync();
            await sampler;
        }

        process.Refresh();
        return Math.Max(peak, process.WorkingSet64) - baseline;
    }

    private static byte[] Zip(params (string Name, byte[] Head, long Filler)[] entries)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, head, filler) in entries)
            {
                using var entry = zip.CreateEntry(name, CompressionLevel.SmallestSize).Open();
                entry.Write(head);
                WriteFiller(entry, filler);
            }
        }

        return stream.ToArray();
    }

    private static byte[] BuildPdf()
    {
        using var packed = new MemoryStream();
        using (var z = new ZLibStream(packed, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            z.Write("BT /F1 12 Tf 50 780 Td ("u8);
            WriteFiller(z, ExpandsTo);
        }

        var data = packed.ToArray();
        using var pdf = new MemoryStream();
        void Ascii(string s) => pdf.Write(Encoding.ASCII.GetBytes(s));
        Ascii("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n");
        Ascii("3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >> endobj\n");
        Ascii($"4 0 obj << /Length {data.Length} /Filter /FlateDecode >>\nstream\n");
        pdf.Write(data);
        Ascii("\nendstream\nendobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
        return pdf.ToArray();
    }

    private static void WriteFiller(Stream target, long bytes)
    {
        var chunk = new byte[1 << 20];
        Array.Fill(chunk, (byte)'A');
        for (var left = bytes; left > 0; left -= chunk.Length)
        {
            target.Write(chunk, 0, (int)Math.Min(left, chunk.Length));
        }
    }
}
