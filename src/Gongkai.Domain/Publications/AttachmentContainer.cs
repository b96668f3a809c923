namespace Gongkai.Domain.Publications;

/// <summary>How an allowed file type is recognised from its leading bytes.</summary>
public enum AttachmentContainer
{
    Pdf,
    Png,
    Jpeg,

    /// <summary>OLE2 compound file (D0 CF 11 E0): legacy Word, Excel, WPS and ET.</summary>
    Ole2,

    /// <summary>ZIP (PK): docx, xlsx and OFD, told apart by the entry they must contain.</summary>
    Zip,
}
