using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace Gongkai.Web.Data;

public static class RetryingTransactions
{
    /// <summary>Begins a transaction as <c>BeginTransactionAsync</c> does, but through the execution
    /// strategy: beginning one opens the connection, and while PostgreSQL restarts that open is
    /// refused ("the database system is shutting down", connection refused) for a few seconds. Nothing
    /// has been done yet at that point, so trying again is always safe; the statements inside the
    /// transaction are not retried (see <see cref="PostgresExecutionStrategy"/>). Use it for every
    /// transaction the app opens outside a strategy execution of its own.</summary>
    public static Task<IDbContextTransaction> BeginTransactionRetryingAsync(this DatabaseFacade database, CancellationToken ct = default) =>
        database.CurrentTransaction is not null
            ? database.BeginTransactionAsync(ct) // fails as it always did: one transaction at a time
            : database.CreateExecutionStrategy().ExecuteAsync(database, (d, c) => d.BeginTransactionAsync(c), ct);
}
