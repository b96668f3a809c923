using Gongkai.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Shared.Files;

/// <summary>A <see cref="DatabaseFileStore"/> file read one chunk at a time, on demand. The database
/// connection is taken from the pool for each chunk and given back at once, so a slow download holds
/// one chunk of memory and no connection between reads. Seekable, with the recorded length, so
/// downloads carry Content-Length.</summary>
internal sealed class DatabaseFileStream(AsyncServiceScope scope, GongkaiDbContext db, object key, long length, int chunkSize) : Stream
{
    private const string ChunkSql = """SELECT "Data" FROM "StoredFileChunks" WHERE "FileKey" = @k AND "Number" = @n""";
    private byte[] chunk = [];
    private int chunkNumber = -1;
    private long position;
    private bool disposed;

    public override bool CanRead => true;

    public override bool CanSeek => true;

    public override bool CanWrite => false;

    public override long Length => length;

    public override long Position
    {
        get => position;
        set => position = value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(value));
    }

    /// <summary>How many chunks were fetched from the database (for the streaming test).</summary>
    internal int ChunksRead { get; private set; }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (position >= length || buffer.Length == 0)
        {
            return 0;
        }

        var number = (int)(position / chunkSize);
        if (number != chunkNumber)
        {
            db.Database.OpenConnection();
            try
            {
                using var command = DatabaseFileStore.Command(db, ChunkSql, ("k", key), ("n", number));
                Loaded(number, command.ExecuteScalar());
            }
            finally
            {
                db.Database.CloseConnection();
            }
        }

        return CopyOut(buffer);
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (position >= length || buffer.Length == 0)
        {
            return 0;
        }

        var number = (int)(position / chunkSize);
        if (number != chunkNumber)
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
            try
            {
                await using var command = DatabaseFileStore.Command(db, ChunkSql, ("k", key), ("n", number));
                Loaded(number, await command.ExecuteScalarAsync(cancellationToken));
            }
            finally
            {
                await db.Database.CloseConnectionAsync();
            }
        }

        return CopyOut(buffer.Span);
    }

    private void Loaded(int number, object? data)
    {
        // A chunk that vanished mid-read (the file was deleted or replaced) must not pass as the end.
        chunk = data as byte[] ?? throw new IOException($"文件存储中缺少第 {number} 块，文件可能已被删除。");
        chunkNumber = number;
        ChunksRead++;
    }

    private int CopyOut(Span<byte> buffer)
    {
        var offset = (int)(position - ((long)chunkNumber * chunkSize));
        var n = Math.Min(buffer.Length, chunk.Length - offset);
        if (n <= 0)
        {
            throw new IOException("文件存储中的分块长度与记录的文件长度不符。");
        }

        chunk.AsSpan(offset, n).CopyTo(buffer);
        position += n;
        return n;
    }

    public override long Seek(long offset, SeekOrigin origin)
    {
        Position = origin switch
        {
            SeekOrigin.Begin => offset,
            SeekOrigin.Current => position + offset,
            _ => length + offset,
        };
        return position;
    }

    public override void Flush()
    {
    }

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing && !disposed)
        {
            disposed = true;
            ((IDisposable)scope).Dispose();
        }

        base.Dispose(disposing);
    }

    public override async ValueTask DisposeAsync()
    {
        if (!disposed)
        {
            disposed = true;
            await scope.DisposeAsync();
        }

        await base.DisposeAsync();
    }
}
