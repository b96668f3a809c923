using System.Collections.Concurrent;
using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Gongkai.Web.Data;

/// <summary>Plain SQL reads, outside EF Core, for the few public pages that a large platform serves
/// mostly uncached: with a million items nearly every read of an item or column page misses the
/// output cache. EF Core's fixed cost per request (a context and its services, the query cache,
/// opening a pooled connection and setting its pragmas) and Microsoft.Data.Sqlite's preparing of
/// every command afresh were most of such a page's time.
/// On SQLite the connections stay open, each keeping its statements prepared, and refuse writes
/// (<c>query_only</c>); on PostgreSQL a read takes a connection from Npgsql's pool.
/// Values go in and come out in the forms the EF model stores: times as <see cref="SqliteTimeFormat"/>
/// text on SQLite, dates as <c>yyyy-MM-dd</c>, enums by name.</summary>
public sealed class HotReads(string connectionString, bool postgres) : IDisposable
{
    private readonly ConcurrentBag<SqliteSession> idle = [];
    private readonly int keep = Math.Max(4, Environment.ProcessorCount * 8);

    /// <summary>Sessions in <see cref="idle"/>, counted here: ConcurrentBag.Count locks every thread's list.</summary>
    private int idleCount;
    private bool disposed;

    /// <summary>Runs <paramref name="sql"/> with the named parameters and hands its reader to
    /// <paramref name="read"/>.</summary>
    public async Task<T> ReadAsync<T>(string sql, IReadOnlyList<(string Name, object? Value)> args, Func<DbDataReader, T> read, CancellationToken ct)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        if (postgres)
        {
            // As EF Core's reads do (PostgresExecutionStrategy): a broken pooled connection or a
            // restarting server is tried again on a fresh connection.
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    return await ReadPostgresAsync(sql, args, read, ct);
                }
                catch (Exception e) when (attempt < PostgresExecutionStrategy.MaxRetries && PostgresExecutionStrategy.IsTransient(e))
                {
                    await Task.Delay(TimeSpan.FromMilliseconds(100 << attempt), ct);
                }
            }
        }

        SqliteSession session;
        if (idle.TryTake(out var kept))
        {
            Interlocked.Decrement(ref idleCount);
            session = kept;
        }
        else
        {
            session = new SqliteSession(connectionString);
        }

        var reusable = false;
        try
        {
            using var reader = session.Command(sql, args).ExecuteReader();
            var result = read(reader);
            reusable = true;
            return result;
        }
        finally
        {
            // A session that failed mid-read is not trusted again.
            if (reusable && !disposed && Interlocked.Increment(ref idleCount) <= keep)
            {
                idle.Add(session);
            }
            else
            {
                if (reusable && !disposed)
                {
                    Interlocked.Decrement(ref idleCount);
                }

                session.Dispose();
            }
        }
    }

    private async Task<T> ReadPostgresAsync<T>(string sql, IReadOnlyList<(string Name, object? Value)> args, Func<DbDataReader, T> read, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in args)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        await using var reader = await command.ExecuteReaderAsync(ct);
        return read(reader);
    }

    /// <summary>A time as a parameter, in the form the column holds it.</summary>
    public object Time(DateTimeOffset at) =>
        postgres ? at.ToUniversalTime() : SqliteTimeFormat.ToText(at);

    public DateTimeOffset? GetTime(DbDataReader reader, int ordinal)
    {
        if (reader.IsDBNull(ordinal))
        {
            return null;
        }

        return postgres
            ? reader.GetFieldValue<DateTimeOffset>(ordinal)
            : SqliteTimeFormat.Parse(reader.GetString(ordinal));
    }

    public DateOnly? GetDate(DbDataReader reader, int ordinal)
    {
        if (reader.IsDBNull(ordinal))
        {
            return null;
        }

        return postgres ? reader.GetFieldValue<DateOnly>(ordinal) : DateOnly.ParseExact(reader.GetString(ordinal), "yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    public static string? GetStringOrNull(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    public static T GetEnum<T>(DbDataReader reader, int ordinal) where T : struct, Enum => Enum.Parse<T>(reader.GetString(ordinal));

    public void Dispose()
    {
        disposed = true;
        while (idle.TryTake(out var session))
        {
            session.Dispose();
        }
    }

    /// <summary>One open SQLite connection and the commands it has prepared, by SQL text.</summary>
    private sealed class SqliteSession : IDisposable
    {
        private readonly SqliteConnection connection;
        private readonly Dictionary<string, SqliteCommand> commands = new(StringComparer.Ordinal);

        public SqliteSession(string connectionString)
        {
            // Not from Microsoft.Data.Sqlite's pool: this connection is kept for as long as it serves.
            connection = new SqliteConnection(new SqliteConnectionStringBuilder(connectionString) { Pooling = false }.ToString());
            connection.Open();
            using var setup = connection.CreateCommand();
            setup.CommandText = "PRAGMA query_only=ON; PRAGMA busy_timeout=5000;";
            setup.ExecuteNonQuery();
        }

        public SqliteCommand Command(string sql, IReadOnlyList<(string Name, object? Value)> args)
        {
            if (!commands.TryGetValue(sql, out var command))
            {
                command = connection.CreateCommand();
                command.CommandText = sql;
                foreach (var (name, _) in args)
                {
                    command.Parameters.Add(new SqliteParameter { ParameterName = name });
                }

                command.Prepare();
                commands[sql] = command;
            }

            for (var i = 0; i < args.Count; i++)
            {
                command.Parameters[i].Value = args[i].Value ?? DBNull.Value;
            }

            return command;
        }

        public void Dispose()
        {
            foreach (var command in commands.Values)
            {
                command.Dispose();
            }

            connection.Dispose();
        }
    }
}
