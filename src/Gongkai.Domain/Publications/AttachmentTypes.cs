namespace Gongkai.Domain.Publications;

/// <summary>The allow-list of attachment types (SECURITY.md S8). Types that can carry script when
/// opened in a browser (HTML, SVG) are not on it, whatever their leading bytes say.</summary>
public static class AttachmentTypes
{
    public static readonly IReadOnlyList<AttachmentType> All =
    [
        new(AttachmentKind.Pdf, ".pdf", "application/pdf", "PDF", AttachmentContainer.Pdf),
        new(AttachmentKind.Ofd, ".ofd", "application/ofd", "OFD", AttachmentContainer.Zip, "OFD.xml"),
        new(AttachmentKind.Doc, ".doc", "application/msword", "Word", AttachmentContainer.Ole2),
        new(AttachmentKind.Docx, ".docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Word", AttachmentContainer.Zip, "word/document.xml"),
        new(AttachmentKind.Wps, ".wps", "application/vnd.ms-works", "WPS文字", AttachmentContainer.Ole2),
        new(AttachmentKind.Xls, ".xls", "application/vnd.ms-excel", "Excel", AttachmentContainer.Ole2),
        new(AttachmentKind.Xlsx, ".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Excel", AttachmentContainer.Zip, "xl/workbook.xml"),
        new(AttachmentKind.Et, ".et", "application/vnd.ms-excel", "WPS表格", AttachmentContainer.Ole2),
        new(AttachmentKind.Jpeg, ".jpg", "image/jpeg", "JPG图片", AttachmentContainer.Jpeg),
        new(AttachmentKind.Jpeg, ".jpeg", "image/jpeg", "JPG图片", AttachmentContainer.Jpeg),
        new(AttachmentKind.Png, ".png", "image/png", "PNG图片", AttachmentContainer.Png),
    ];

    /// <summary>What the allow-list says for a file name's extension, or null when not allowed.</summary>
    public static AttachmentType? ForFileName(string fileName)
    {
        var extension = Path.GetExtension(fileName);
        return All.FirstOrDefault(t => string.Equals(t.Extension, extension, StringComparison.OrdinalIgnoreCase));
    }

    public static AttachmentType Of(AttachmentKind kind) => All.First(t => t.Kind == kind);

    /// <summary>For messages: "pdf、ofd、doc、…".</summary>
    public static string AllowedList => string.Join("、", All.Select(t => t.Extension.TrimStart('.')));
}
