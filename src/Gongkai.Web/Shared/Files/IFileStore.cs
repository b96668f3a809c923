namespace Gongkai.Web.Shared.Files;

/// <summary>Where uploaded files live: attachments of items and market rules, files sent with
/// applications, letters and consultation drafts, service-guide forms. Files are reached by a GUID
/// key that the owning row stores; the bytes always pass as streams, never as one array, because
/// uploads may be tens of megabytes. Two implementations: <see cref="LocalFileStore"/> (a folder of
/// the data directory, the embedded default) and <see cref="DatabaseFileStore"/> (chunks in the
/// database, reached by every node of a cluster). Chosen by <c>Gongkai:Files:Store</c>.</summary>
public interface IFileStore
{
    /// <summary>Writes the content from its current position to its end under the key, replacing a
    /// file of that key; a reader sees either the old file or the whole new one, never a part.</summary>
    Task<StoredFileInfo> PutAsync(Guid key, Stream content, CancellationToken ct);

    /// <summary>The file as a stream read on demand, or null when no file has the key.</summary>
    Task<Stream?> OpenReadAsync(Guid key, CancellationToken ct);

    Task<bool> ExistsAsync(Guid key, CancellationToken ct);

    /// <summary>Removes the file if there is one. Clean-up of files whose rows were not saved passes
    /// <see cref="CancellationToken.None"/>: a cancelled request must not leave its file behind.</summary>
    Task DeleteAsync(Guid key, CancellationToken ct);
}

/// <summary>A stored file's length and SHA-256 (lower-case hex), as computed while it was written.</summary>
public sealed record StoredFileInfo(Guid Key, long Length, string Sha256);

public static class FileStoreExtensions
{
    /// <summary>Stores the whole content under a new key and returns the key and its SHA-256. A
    /// seekable content is read from its start and rewound after, because callers inspect the same
    /// stream before and after storing it.</summary>
    public static async Task<(Guid Name, string Sha256)> SaveAsync(this IFileStore store, Stream content, CancellationToken ct)
    {
        if (content.CanSeek)
        {
            content.Position = 0;
        }

        var info = await store.PutAsync(Guid.NewGuid(), content, ct);
        if (content.CanSeek)
        {
            content.Position = 0;
        }

        return (info.Key, info.Sha256);
    }
}
