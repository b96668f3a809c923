using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

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

    /// <summary>Whether a save inside the app's own transaction failed because the connection or the
    /// server did (a restart ended the session, the server is starting up), as the execution strategy
    /// judges it: the whole unit, on a new connection, is then worth another try.</summary>
    public static bool IsTransient(Exception? e)
    {
        for (; e is not null; e = e.InnerException)
        {
            if (e is NpgsqlException n && (n.IsTransient || n is PostgresException { SqlState: "57P01" or "57P02" or "57P03" }))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Rolls back after a failed save. When the failure was the connection's, the
    /// transaction died with the session (the server rolled it back) and Npgsql refuses to roll back
    /// a second time; that refusal must not hide the retry the caller is about to make.</summary>
    public static async Task RollbackAfterFailureAsync(this IDbContextTransaction transaction, Exception failure)
    {
        try
        {
            await transaction.RollbackAsync(CancellationToken.None);
        }
        catch (Exception e) when (IsTransient(failure) && e is ObjectDisposedException or InvalidOperationException or NpgsqlException)
        {
        }
    }

    /// <summary>The first save of a unit guarded by a submission claim (an application, a mailbox
    /// letter). False when it is not done and the caller's next pass should decide: a concurrent
    /// twin's claim won (a unique key violation — the next pass answers with the twin), or the
    /// connection died under the save (PostgreSQL restarting: nothing was stored, and the next pass
    /// saves again on a new connection). The transaction is then rolled back and the unit forgotten.</summary>
    public static async Task<bool> TrySaveClaimedAsync(this DbContext db, IDbContextTransaction transaction, bool mayRetry,
        string what, ILogger log, object[] unit, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (Exception e) when (mayRetry && (e is DbUpdateException || IsTransient(e)))
        {
            log.LogInformation(e, "Save of {What} not done: a concurrent twin's claim, or the connection failed", what);
            await transaction.RollbackAfterFailureAsync(e);
            db.ForgetUnsaved(unit);
            return false;
        }
    }

    /// <summary>The last save and the commit of such a unit. False when the connection died before
    /// the commit was confirmed (PostgreSQL restarting): the unit is forgotten, and the caller's next
    /// pass looks it up by its key — committed after all, it answers with it ("already submitted");
    /// rolled back, it saves again. Stored once either way.</summary>
    public static async Task<bool> TryCommitClaimedAsync(this DbContext db, IDbContextTransaction transaction, bool mayRetry,
        string what, ILogger log, object[] unit, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return true;
        }
        catch (Exception e) when (mayRetry && IsTransient(e))
        {
            log.LogInformation(e, "Commit of {What} not confirmed: the connection failed", what);
            await transaction.RollbackAfterFailureAsync(e);
            db.ForgetUnsaved(unit);
            return false;
        }
    }

    /// <summary>After a unit's transaction died with its connection: forgets the entities it saved
    /// (they were rolled back with the session) and anything else added and not stored, so the
    /// caller's next pass starts from fresh objects.</summary>
    private static void ForgetUnsaved(this DbContext db, object[] saved)
    {
        foreach (var entity in saved)
        {
            db.Entry(entity).State = EntityState.Detached;
        }

        foreach (var entry in db.ChangeTracker.Entries().Where(e => e.State == EntityState.Added).ToList())
        {
            entry.State = EntityState.Detached;
        }
    }
}
