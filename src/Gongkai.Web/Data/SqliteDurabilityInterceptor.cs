using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Gongkai.Web.Data;

/// <summary>Sets the per-connection durability pragmas on every SQLite connection: <c>synchronous</c>
/// and the others are per connection, so they must be set on each connection (SECURITY.md R2). WAL
/// is a property of the database file, set once at start-up (<see cref="DatabaseSetup"/>); /healthz
/// reads all of them back. A connection Microsoft.Data.Sqlite hands out again from its pool keeps
/// them, so they are set once per underlying SQLite connection, not on every open: four statements
/// prepared on every open were a measurable part of every page's time.</summary>
public sealed class SqliteDurabilityInterceptor : DbConnectionInterceptor
{
    private static readonly ConditionalWeakTable<SQLitePCL.sqlite3, object> Configured = new();

    public const string Pragmas =
        "PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON; PRAGMA secure_delete=ON; PRAGMA busy_timeout=5000;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    private static void Apply(DbConnection connection)
    {
        var handle = ((SqliteConnection)connection).Handle!;
        if (Configured.TryGetValue(handle, out _))
        {
            return;
        }

        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
        Configured.AddOrUpdate(handle, handle);
    }
}
