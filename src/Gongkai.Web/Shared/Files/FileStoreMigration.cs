using System.Security.Cryptography;
using Gongkai.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Shared.Files;

/// <summary><c>--migrate-files</c>: copies every file of the data directory's <c>files</c> folder into
/// the configured store, reads each copy back and compares its SHA-256 with the local file's, and
/// then counts the file references in the database that the store cannot answer. Files already
/// present with the same hash are skipped, so the command can be run again (after an interruption,
/// or once more after the switch to catch uploads that arrived meanwhile). Local files are kept.</summary>
public static class FileStoreMigration
{
    public const string Command = "--migrate-files";

    /// <summary>Column names by which rows point at a stored file (<c>StoredUpload.StorageKey</c>,
    /// <c>ServiceGuideFile.StorageKey</c>, <c>PublicationAttachment.StoredName</c>,
    /// <c>MarketRuleAttachment.StoredName</c>); found in the model, so a new owner of files is counted
    /// without a change here.</summary>
    private static readonly string[] ReferenceProperties = ["StorageKey", "StoredName"];

    public static async Task<int> RunAsync(IServiceProvider services, TextWriter output, CancellationToken ct = default)
    {
        var target = services.GetRequiredService<IFileStore>();
        var local = services.GetRequiredService<LocalFileStore>();
        if (target is not DatabaseFileStore database)
        {
            output.WriteLine($"[Gongkai] Gongkai:Files:Store 为 Local，文件已在 {local.Root}，无需迁移。要迁入数据库，请设置 Gongkai:Files:Store=Database 后再运行 {Command}。");
            return 0;
        }

        int copied = 0, present = 0, failed = 0;
        foreach (var key in local.Keys().ToList())
        {
            var path = local.PathOf(key);
            var (length, sha256) = await HashAsync(path, ct);
            if (await database.InfoAsync(key, ct) is { } existing && existing.Sha256 == sha256 && existing.Length == length)
            {
                present++;
                continue;
            }

            await using (var source = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true))
            {
                await database.PutAsync(key, source, ct);
            }

            // Read back through the same stream the downloads use: the copy counts only if its bytes hash the same.
            await using var copy = await database.OpenReadAsync(key, ct);
            var (copyLength, copySha256) = copy is null ? (-1L, "") : await HashAsync(copy, ct);
            if (copyLength == length && copySha256 == sha256)
            {
                copied++;
            }
            else
            {
                failed++;
                output.WriteLine($"[Gongkai] 校验失败：{path}（本地 {sha256}，数据库 {copySha256}）。");
            }
        }

        var (references, missing) = await CountReferencesAsync(services, target, ct);
        output.WriteLine($"[Gongkai] 文件迁移完成：新复制 {copied} 个，已在数据库中 {present} 个，校验失败 {failed} 个。"
            + $"数据库记录引用文件 {references} 个，存储中缺少 {missing} 个。本地文件仍保留在 {local.Root}，确认无误后可自行删除。");
        return failed == 0 ? 0 : 1;
    }

    /// <summary>How many distinct files the database's rows name, and how many of them the store lacks.</summary>
    public static async Task<(int References, int Missing)> CountReferencesAsync(IServiceProvider services, IFileStore store, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GongkaiDbContext>();
        var keys = new HashSet<Guid>();
        var columns = db.Model.GetEntityTypes()
            .Where(t => t.GetTableName() is not null && t.GetViewName() is null)
            .SelectMany(t => t.GetProperties()
                .Where(p => ReferenceProperties.Contains(p.Name) && p.ClrType == typeof(Guid))
                .Select(p => (Table: t.GetTableName()!, Column: p.GetColumnName())))
            .Distinct()
            .ToList();
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            foreach (var (table, column) in columns)
            {
                await using var command = DatabaseFileStore.Command(db, $"""SELECT DISTINCT "{column}" FROM "{table}" """);
                await using var reader = await command.ExecuteReaderAsync(ct);
                while (await reader.ReadAsync(ct))
                {
                    keys.Add(reader.GetGuid(0));
                }
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }

        var missing = 0;
        foreach (var key in keys)
        {
            if (!await store.ExistsAsync(key, ct))
            {
                missing++;
            }
        }

        return (keys.Count, missing);
    }

    private static async Task<(long Length, string Sha256)> HashAsync(string path, CancellationToken ct)
    {
        await using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true);
        return await HashAsync(file, ct);
    }

    private static async Task<(long Length, string Sha256)> HashAsync(Stream stream, CancellationToken ct)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[81920];
        long length = 0;
        int n;
        while ((n = await stream.ReadAsync(buffer, ct)) > 0)
        {
            sha.AppendData(buffer, 0, n);
            length += n;
        }

        return (length, Convert.ToHexStringLower(sha.GetHashAndReset()));
    }
}
