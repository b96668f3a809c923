using System.Security.Cryptography;
using Gongkai.Web.Shared;
using Microsoft.Extensions.Options;

namespace Gongkai.Web.Features.Publications.Attachments;

/// <summary>Attachment bytes on the local disk, in the data directory's <c>files</c> folder (never
/// under wwwroot, so nothing uploaded is reachable except through the download endpoints that
/// check visibility). Files are named by GUID only. Object storage would be a second implementation.</summary>
public sealed class AttachmentStore(IOptions<GongkaiOptions> options)
{
    private readonly string root = Path.Combine(options.Value.ResolveDataDirectory(), "files");

    public string Root => root;

    /// <summary>Writes the content under a new GUID (to a temporary name first, so a half-written
    /// file is never served) and returns the name and the SHA-256 in lower-case hex.</summary>
    public async Task<(Guid Name, string Sha256)> SaveAsync(Stream content, CancellationToken ct)
    {
        Directory.CreateDirectory(root);
        var name = Guid.NewGuid();
        var path = PathOf(name);
        var temp = path + ".part";
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        await using (var file = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
        {
            content.Position = 0;
            var buffer = new byte[81920];
            int n;
            while ((n = await content.ReadAsync(buffer, ct)) > 0)
            {
                sha.AppendData(buffer, 0, n);
                await file.WriteAsync(buffer.AsMemory(0, n), ct);
            }
        }

        File.Move(temp, path);
        content.Position = 0;
        return (name, Convert.ToHexStringLower(sha.GetHashAndReset()));
    }

    public Stream? OpenRead(Guid name)
    {
        var path = PathOf(name);
        return File.Exists(path) ? new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true) : null;
    }

    public void Delete(Guid name)
    {
        var path = PathOf(name);
        if (File.Exists(path))
        {
            File.Delete(path);
        }
    }

    public string PathOf(Guid name) => Path.Combine(root, name.ToString("N"));
}
