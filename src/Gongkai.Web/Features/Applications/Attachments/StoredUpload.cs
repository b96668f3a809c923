namespace Gongkai.Web.Features.Applications.Attachments;

/// <summary>What every row of a file uploaded through a form keeps (a file sent with an application
/// or a letter, a file of a consultation draft): the bytes live in the data directory's file store
/// under <see cref="StorageKey"/>. Each feature's row adds its owner and its own table.</summary>
public abstract class StoredUpload
{
    public int Id { get; set; }

    /// <summary>The sanitised display and download name; never used as a path.</summary>
    public string FileName { get; set; } = "";

    public string ContentType { get; set; } = "";

    public long Length { get; set; }

    /// <summary>Lower-case hex SHA-256 of the stored bytes.</summary>
    public string Sha256 { get; set; } = "";

    /// <summary>The file's GUID name in the store, nothing taken from the upload.</summary>
    public Guid StorageKey { get; set; }

    /// <summary>The same stored file as another feature's row (the owner is set by the caller).</summary>
    public T CopyAs<T>()
        where T : StoredUpload, new() =>
        new() { FileName = FileName, ContentType = ContentType, Length = Length, Sha256 = Sha256, StorageKey = StorageKey };
}
