namespace Gongkai.Web.Shared.Files;

/// <summary>Which <see cref="IFileStore"/> holds uploaded files (<c>Gongkai:Files:Store</c>).</summary>
public enum FileStoreKind
{
    /// <summary>The data directory's <c>files</c> folder: one node, or nodes sharing that folder.</summary>
    Local,

    /// <summary>Chunks in the platform's own database (<c>StoredFiles</c>, <c>StoredFileChunks</c>), so
    /// every node of a cluster reaches every file and a database backup holds them.</summary>
    Database,
}

public sealed class FileStoreOptions
{
    public const string Section = "Gongkai:Files";

    public FileStoreKind Store { get; set; } = FileStoreKind.Local;

    /// <summary>Bytes per database row. 256 KB keeps a download's memory to one chunk while a
    /// 50 MB attachment is only 200 rows.</summary>
    public int ChunkKilobytes { get; set; } = 256;
}
