using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql.EntityFrameworkCore.PostgreSQL;

namespace Gongkai.Web.Data;

/// <summary>Npgsql's retrying execution strategy (what <c>EnableRetryOnFailure</c> installs), so that a
/// query or a save that meets a broken pooled connection or a server restarting (a fast restart of
/// PostgreSQL, a fail-over) is run again on a fresh connection instead of failing the request.
/// Except inside a transaction the code opened itself: the stock strategy throws there, and the app
/// opens many (the audit sealer and the search change feed open one around a save, services open one
/// around several saves). Retrying one statement of such a transaction would be wrong, since its
/// earlier statements died with the connection; so there the operation runs once and a failure rolls
/// the whole unit back and reaches the caller, as without a strategy. A unit that should survive a
/// restart wraps itself, transaction included, in <c>db.Database.CreateExecutionStrategy().ExecuteAsync</c>,
/// which retries it whole.</summary>
public sealed class PostgresExecutionStrategy(ExecutionStrategyDependencies dependencies)
    : NpgsqlRetryingExecutionStrategy(dependencies, MaxRetries, MaxDelay, ExtraTransientCodes)
{
    /// <summary>Enough attempts to span a fast restart of the server (a few seconds).</summary>
    public const int MaxRetries = 6;

    public static readonly TimeSpan MaxDelay = TimeSpan.FromSeconds(5);

    /// <summary>A server shutting down or starting up ends or refuses sessions with these; each is
    /// worth another attempt on a new connection (admin_shutdown, crash_shutdown, cannot_connect_now).</summary>
    private static readonly string[] ExtraTransientCodes = ["57P01", "57P02", "57P03"];

    /// <summary>Whether a failure outside EF Core (<see cref="HotReads"/>) is worth another attempt, by the same rule.</summary>
    public static bool IsTransient(Exception e) =>
        e is Npgsql.NpgsqlException { IsTransient: true } || (e is Npgsql.PostgresException p && ExtraTransientCodes.Contains(p.SqlState));

    public override TResult Execute<TState, TResult>(TState state, Func<DbContext, TState, TResult> operation,
        Func<DbContext, TState, ExecutionResult<TResult>>? verifySucceeded) =>
        InOwnTransaction ? operation(Dependencies.CurrentContext.Context, state) : base.Execute(state, operation, verifySucceeded);

    public override Task<TResult> ExecuteAsync<TState, TResult>(TState state, Func<DbContext, TState, CancellationToken, Task<TResult>> operation,
        Func<DbContext, TState, CancellationToken, Task<ExecutionResult<TResult>>>? verifySucceeded, CancellationToken cancellationToken = default) =>
        InOwnTransaction
            ? operation(Dependencies.CurrentContext.Context, state, cancellationToken)
            : base.ExecuteAsync(state, operation, verifySucceeded, cancellationToken);

    /// <summary>A transaction is open and no strategy execution wraps it (inside one, the base class
    /// already runs nested operations once).</summary>
    private bool InOwnTransaction => Dependencies.CurrentContext.Context.Database.CurrentTransaction is not null;
}
