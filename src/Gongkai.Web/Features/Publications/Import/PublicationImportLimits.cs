namespace Gongkai.Web.Features.Publications.Import;

/// <summary>Limits that keep one import from exhausting the server; every one has a Chinese message.</summary>
public static class PublicationImportLimits
{
    public const int MaxRows = 20_000;

    public const long MaxFileBytes = 20L * 1024 * 1024;

    /// <summary>Declared uncompressed size of all parts of an xlsx: guards against zip bombs.</summary>
    public const long MaxUnpackedBytes = 400L * 1024 * 1024;

    public static string TooManyRows(int rows) => $"一次最多导入 {MaxRows:N0} 行，本次有 {rows:N0} 行以上，请拆分后分批导入。";
}
