using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Gongkai.Web.Data;

/// <summary>Sets the per-connection durability pragmas on every SQLite connection: <c>synchronous</c>
/// and the others are per connection, so they must be set on each open (SECURITY.md R2). WAL is a
/// property of the database file, set once at start-up (<see cref="DatabaseSetup"/>); /healthz reads
/// all of them back.</summary>
public sealed class SqliteDurabilityInterceptor : DbConnectionInterceptor
{
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
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }
}
