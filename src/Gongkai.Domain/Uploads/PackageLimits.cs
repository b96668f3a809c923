namespace Gongkai.Domain.Uploads;

/// <summary>How far an uploaded package may expand before a reader touches it (SECURITY.md S8,
/// ASVS 4.0.3 12.1.2): the sum of all inflated parts, each XML part (what the readers parse into
/// memory), and the number of parts. Media parts (images in a .docx) count towards the total only.</summary>
public sealed record PackageLimits(long MaxTotalBytes, long MaxXmlPartBytes, int MaxParts)
{
    private const long MB = 1024 * 1024;

    /// <summary>Attachments as uploaded (publications, applications): a large scanned image inside a
    /// .docx is normal, so the XML limit is the total one; the readers apply <see cref="DomReader"/>.</summary>
    public static PackageLimits Attachment { get; } = new(100 * MB, 100 * MB, 10_000);

    /// <summary>Readers that load a part as a document tree (Open XML SDK: task import .docx,
    /// attachment text): a tree takes several times its XML in memory, so one part stays small.</summary>
    public static PackageLimits DomReader { get; } = new(100 * MB, 32 * MB, 10_000);

    /// <summary>Excel imports read rows as a stream (MiniExcel), so a sheet may be large; the
    /// import's own row limit still applies.</summary>
    public static PackageLimits StreamedWorkbook { get; } = new(200 * MB, 200 * MB, 10_000);

    /// <summary>PDF text: the inflated content of all compressed streams together.</summary>
    public static PackageLimits Pdf { get; } = new(200 * MB, 200 * MB, 100_000);
}
