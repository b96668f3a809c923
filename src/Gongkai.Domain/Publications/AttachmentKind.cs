namespace Gongkai.Domain.Publications;

/// <summary>The file types an item may carry (the allow-list). Anything else is refused.</summary>
public enum AttachmentKind
{
    Pdf,
    Ofd,
    Doc,
    Docx,
    Wps,
    Xls,
    Xlsx,
    Et,
    Jpeg,
    Png,
}
