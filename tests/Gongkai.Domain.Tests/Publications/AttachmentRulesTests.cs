using System.IO.Compression;
using Gongkai.Domain.Publications;

namespace Gongkai.Domain.Tests.Publications;

public sealed class AttachmentRulesTests
{
    [Theory]
    [InlineData("..\\..\\a.aspx", "a.aspx")]
    [InlineData("%2e%2e/%2e%2e/etc/passwd.pdf", "passwd.pdf")]
    [InlineData("%252e%252e%252f报告.pdf", "报告.pdf")]
    [InlineData("/var/www/wwwroot/通知.docx", "通知.docx")]
    [InlineData("名\u0000单\u001f.xlsx", "名单.xlsx")]
    [InlineData("a\u202Efdp.exe", "afdp.exe")]
    [InlineData("..", "附件")]
    [InlineData("  .pdf", "附件.pdf")]
    [InlineData(null, "附件")]
    public void Odd_names_are_reduced_to_a_safe_display_name(string? raw, string expected) =>
        Assert.Equal(expected, AttachmentFileName.Sanitize(raw));

    [Fact]
    public void A_long_name_is_cut_but_keeps_its_extension()
    {
        var name = AttachmentFileName.Sanitize(new string('长', 300) + ".pdf");
        Assert.Equal(AttachmentFileName.MaxLength, name.Length);
        Assert.EndsWith(".pdf", name, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("a.pdf", new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31 }, AttachmentKind.Pdf)]
    [InlineData("a.PNG", new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0 }, AttachmentKind.Png)]
    [InlineData("a.jpeg", new byte[] { 0xFF, 0xD8, 0xFF, 0xE0, 0 }, AttachmentKind.Jpeg)]
    [InlineData("a.wps", new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }, AttachmentKind.Wps)]
    [InlineData("a.et", new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }, AttachmentKind.Et)]
    public void Allowed_types_are_recognised_by_their_leading_bytes(string name, byte[] head, AttachmentKind kind) =>
        Assert.Equal(kind, AttachmentInspector.Inspect(name, new MemoryStream(head), 1024).Kind);

    [Theory]
    [InlineData("a.ofd", "OFD.xml", AttachmentKind.Ofd)]
    [InlineData("a.docx", "word/document.xml", AttachmentKind.Docx)]
    [InlineData("a.xlsx", "xl/workbook.xml", AttachmentKind.Xlsx)]
    public void Zip_formats_need_their_own_entry(string name, string entry, AttachmentKind kind)
    {
        Assert.Equal(kind, AttachmentInspector.Inspect(name, Zip(entry), 1 << 20).Kind);
        var wrong = Assert.Throws<AttachmentRejectedException>(() => AttachmentInspector.Inspect(name, Zip("other.xml"), 1 << 20));
        Assert.Contains(entry, wrong.Message);
    }

    [Theory]
    [InlineData("a.svg")]
    [InlineData("a.html")]
    [InlineData("a.exe")]
    [InlineData("a")]
    [InlineData("a.pdf.exe")]
    public void Types_outside_the_allow_list_are_refused(string name)
    {
        var ex = Assert.Throws<AttachmentRejectedException>(() => AttachmentInspector.Inspect(name, new MemoryStream("%PDF-1.4"u8.ToArray()), 1024));
        Assert.Contains("不允许上传该类型", ex.Message);
    }

    [Fact]
    public void A_corrupt_zip_is_refused_with_a_reason_not_an_exception()
    {
        var bytes = new byte[64];
        new byte[] { 0x50, 0x4B, 0x03, 0x04 }.CopyTo(bytes, 0);
        var ex = Assert.Throws<AttachmentRejectedException>(() => AttachmentInspector.Inspect("a.docx", new MemoryStream(bytes), 1024));
        Assert.Contains("已损坏", ex.Message);
    }

    private static MemoryStream Zip(string entry)
    {
        var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var w = new StreamWriter(zip.CreateEntry(entry).Open());
            w.Write("<x/>");
        }

        stream.Position = 0;
        return stream;
    }
}
