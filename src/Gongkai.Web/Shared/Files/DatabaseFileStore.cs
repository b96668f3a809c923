using System.Data;
using System.Data.Common;
using System.Security.Cryptography;
using Gongkai.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Options;

namespace Gongkai.Web.Shared.Files;

/// <summary>Files as chunks in the platform's database, so every node of a cluster reaches every
/// file and one database backup holds them with the rows that name them. A file is written in one
/// transaction (a reader never sees part of it) and read chunk by chunk through
/// <see cref="DatabaseFileStream"/>, so neither side holds more than one chunk in memory. Works on
/// PostgreSQL (bytea) and SQLite (blob); plain SQL on a scope's own context, so chunks never enter
/// EF's change tracker and the caller's unit of work is not touched.</summary>
public sealed class DatabaseFileStore(IServiceScopeFactory scopes, IOptions<FileStoreOptions> options) : IFileStore
{
    private int ChunkSize => Math.Clamp(options.Value.ChunkKilobytes, 16, 16 * 1024) * 1024;

    public async Task<StoredFileInfo> PutAsync(Guid key, Stream content, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GongkaiDbContext>();
        await db.Database.OpenConnectionAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var chunkSize = ChunkSize;
        await ExecuteAsync(db, """DELETE FROM "StoredFileChunks" WHERE "FileKey" = @k""", ct, ("k", KeyValue(db, key)));
        await ExecuteAsync(db, """DELETE FROM "StoredFiles" WHERE "Key" = @k""", ct, ("k", KeyValue(db, key)));
        await ExecuteAsync(db, """INSERT INTO "StoredFiles" ("Key", "Length", "Sha256", "ChunkSize") VALUES (@k, 0, '', @s)""", ct,
            ("k", KeyValue(db, key)), ("s", chunkSize));

        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        await using var insert = Command(db, """INSERT INTO "StoredFileChunks" ("FileKey", "Number", "Data") VALUES (@k, @n, @d)""",
            ("k", KeyValue(db, key)), ("n", 0), ("d", Array.Empty<byte>()));
        var buffer = new byte[chunkSize];
        long length = 0;
        for (var number = 0; ; number++)
        {
            var n = await content.ReadAtLeastAsync(buffer, chunkSize, throwOnEndOfStream: false, ct);
            if (n == 0)
            {
                break;
            }

            sha.AppendData(buffer, 0, n);
            insert.Parameters["@n"].Value = number;
            insert.Parameters["@d"].Value = n == chunkSize ? buffer : buffer[..n];
            await insert.ExecuteNonQueryAsync(ct);
            length += n;
            if (n < chunkSize)
            {
                break;
            }
        }

        var hash = Convert.ToHexStringLower(sha.GetHashAndReset());
        await ExecuteAsync(db, """UPDATE "StoredFiles" SET "Length" = @l, "Sha256" = @h WHERE "Key" = @k""", ct,
            ("l", length), ("h", hash), ("k", KeyValue(db, key)));
        await tx.CommitAsync(ct);
        return new StoredFileInfo(key, length, hash);
    }

    public async Task<Stream?> OpenReadAsync(Guid key, CancellationToken ct)
    {
        var scope = scopes.CreateAsyncScope();
        try
        {
            var db = scope.ServiceProvider.GetRequiredService<GongkaiDbContext>();
            if (await InfoAsync(db, key, ct) is not { } info)
            {
                await scope.DisposeAsync();
                return null;
            }

            return new DatabaseFileStream(scope, db, KeyValue(db, key), info.Length, info.ChunkSize);
        }
        catch
        {
            await scope.DisposeAsync();
            throw;
        }
    }

    /// <summary>The stored length and SHA-256 as recorded when the file was written, or null.</summary>
    public async Task<StoredFileInfo?> InfoAsync(Guid key, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GongkaiDbContext>();
        return await InfoAsync(db, key, ct) is { } info ? new StoredFileInfo(key, info.Length, info.Sha256) : null;
    }

    public async Task<bool> ExistsAsync(Guid key, CancellationToken ct) => await InfoAsync(key, ct) is not null;

    public async Task DeleteAsync(Guid key, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GongkaiDbContext>();
        await db.Database.OpenConnectionAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await ExecuteAsync(db, """DELETE FROM "StoredFileChunks" WHERE "FileKey" = @k""", ct, ("k", KeyValue(db, key)));
        await ExecuteAsync(db, """DELETE FROM "StoredFiles" WHERE "Key" = @k""", ct, ("k", KeyValue(db, key)));
        await tx.CommitAsync(ct);
    }

    private static async Task<(long Length, string Sha256, int ChunkSize)?> InfoAsync(GongkaiDbContext db, Guid key, CancellationToken ct)
    {
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var command = Command(db, """SELECT "Length", "Sha256", "ChunkSize" FROM "StoredFiles" WHERE "Key" = @k""", ("k", KeyValue(db, key)));
            await using var reader = await command.ExecuteReaderAsync(ct);
            return await reader.ReadAsync(ct) ? (reader.GetInt64(0), reader.GetString(1), reader.GetInt32(2)) : null;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>The key as each provider's EF mapping stores a <see cref="Guid"/>: uuid on PostgreSQL,
    /// upper-case text on SQLite, so the rows read the same through EF and through this store.</summary>
    internal static object KeyValue(GongkaiDbContext db, Guid key) => db.IsPostgres ? key : key.ToString().ToUpperInvariant();

    internal static DbCommand Command(GongkaiDbContext db, string sql, params (string Name, object Value)[] parameters)
    {
        var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = sql;
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        foreach (var (name, value) in parameters)
        {
            var p = command.CreateParameter();
            p.ParameterName = "@" + name;
            p.Value = value;
            if (value is byte[])
            {
                p.DbType = DbType.Binary;
            }

            command.Parameters.Add(p);
        }

        return command;
    }

    private static async Task ExecuteAsync(GongkaiDbContext db, string sql, CancellationToken ct, params (string Name, object Value)[] parameters)
    {
        await using var command = Command(db, sql, parameters);
        await command.ExecuteNonQueryAsync(ct);
    }
}
