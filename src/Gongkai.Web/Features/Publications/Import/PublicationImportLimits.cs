namespace Gongkai.Web.Features.Publications.Import;

/// <summary>Limits that keep one import from exhausting the server; every one has a Chinese message.</summary>
public static class PublicationImportLimits
{
    public const int MaxRows = 20_000;

    public const long MaxFileBytes = 20L * 1024 * 1024;

    /// <summary>Inflated size of all parts of an xlsx: guards against zip bombs (checked by
    /// <see cref="Domain.Uploads.PackageGuard"/>).</summary>
    public static long MaxUnpackedBytes => Domain.Uploads.PackageLimits.StreamedWorkbook.MaxTotalBytes;

    public static string TooManyRows(int rows) => $"一次最多导入 {MaxRows:N0} 行，本次有 {rows:N0} 行以上，请拆分后分批导入。";
}
