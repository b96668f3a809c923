using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace Gongkai.Web.Shared.Files;

/// <summary>Files on the local disk, in the data directory's <c>files</c> folder (never under
/// wwwroot, so nothing uploaded is reachable except through the download endpoints that check
/// visibility), named by the key's 32 hex digits only.</summary>
public sealed class LocalFileStore(IOptions<GongkaiOptions> options) : IFileStore
{
    public const string Folder = "files";

    private readonly string root = Path.Combine(options.Value.ResolveDataDirectory(), Folder);

    public string Root => root;

    /// <summary>Written to a temporary name first and then renamed, so a half-written file is never served.</summary>
    public async Task<StoredFileInfo> PutAsync(Guid key, Stream content, CancellationToken ct)
    {
        Directory.CreateDirectory(root);
        var path = PathOf(key);
        var temp = path + "." + Guid.NewGuid().ToString("N")[..8] + ".part";
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        long length = 0;
        try
        {
            await using (var file = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
            {
                var buffer = new byte[81920];
                int n;
                while ((n = await content.ReadAsync(buffer, ct)) > 0)
                {
                    sha.AppendData(buffer, 0, n);
                    await file.WriteAsync(buffer.AsMemory(0, n), ct);
                    length += n;
                }
            }

            File.Move(temp, path, overwrite: true);
        }
        catch
        {
            File.Delete(temp);
            throw;
        }

        return new StoredFileInfo(key, length, Convert.ToHexStringLower(sha.GetHashAndReset()));
    }

    public Task<Stream?> OpenReadAsync(Guid key, CancellationToken ct)
    {
        var path = PathOf(key);
        Stream? stream = File.Exists(path) ? new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true) : null;
        return Task.FromResult(stream);
    }

    public Task<bool> ExistsAsync(Guid key, CancellationToken ct) => Task.FromResult(File.Exists(PathOf(key)));

    public Task DeleteAsync(Guid key, CancellationToken ct)
    {
        var path = PathOf(key);
        if (File.Exists(path))
        {
            File.Delete(path);
        }

        return Task.CompletedTask;
    }

    /// <summary>The keys of the files in the folder (temporary <c>.part</c> files and anything not
    /// named by a key are left out).</summary>
    public IEnumerable<Guid> Keys() =>
        Directory.Exists(root)
            ? Directory.EnumerateFiles(root).Select(Path.GetFileName)
                .Select(n => Guid.TryParseExact(n, "N", out var key) ? key : (Guid?)null).OfType<Guid>()
            : [];

    public string PathOf(Guid key) => Path.Combine(root, key.ToString("N"));
}
