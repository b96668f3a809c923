using System.Runtime.CompilerServices;
using Gongkai.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;

namespace Gongkai.Web.Features.Search;

/// <summary>Writes the change feed in the same SaveChanges as the change: whenever an entity some
/// <see cref="ISearchSource"/> watches is saved, a <see cref="SearchChange"/> row goes with it. No
/// feature has to remember to call search. Added entities get their keys only on insert, so their
/// rows follow in a second save inside the same transaction (one is opened if none is). This node's
/// indexer is woken once the rows are committed: woken earlier, it would find nothing to read and
/// sleep a whole poll interval before the change became searchable.</summary>
public sealed class SearchChangeInterceptor(IEnumerable<ISearchSource> sources, SearchIndexStore index, SearchSignal signal, TimeProvider clock)
    : SaveChangesInterceptor, IDbTransactionInterceptor
{
    private readonly ISearchSource[] sources = sources.ToArray();
    private readonly ConditionalWeakTable<DbContext, Pending> pending = new();
    private readonly ConditionalWeakTable<DbContext, object> awaitingCommit = new();

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        if (eventData.Context is not { } db)
        {
            return result;
        }

        if (db.ChangeTracker.AutoDetectChangesEnabled)
        {
            db.ChangeTracker.DetectChanges();
        }

        var keys = new HashSet<SearchChangeKey>();
        var added = new List<(EntityEntry, ISearchSource)>();
        foreach (var entry in db.ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted) || entry.Entity is SearchChange)
            {
                continue;
            }

            foreach (var source in sources.Where(s => s.Watches(entry.Entity)))
            {
                if (entry.State == EntityState.Added)
                {
                    added.Add((entry, source));
                }
                else
                {
                    keys.UnionWith(source.ChangesFor(entry, entry.State));
                }
            }
        }

        if (keys.Count == 0 && added.Count == 0)
        {
            return result;
        }

        Record(db, keys);
        IDbContextTransaction? transaction = null;
        if (added.Count > 0 && db.Database.CurrentTransaction is null)
        {
            transaction = await db.Database.BeginTransactionRetryingAsync(cancellationToken);
        }

        pending.AddOrUpdate(db, new Pending(added, keys.Where(k => k.Gone).ToList(), transaction));
        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is not { } db || !pending.TryGetValue(db, out var p))
        {
            return result;
        }

        pending.Remove(db);
        var gone = p.Gone.ToList();
        if (p.Added.Count > 0)
        {
            var keys = p.Added.SelectMany(a => a.Source.ChangesFor(a.Entry, EntityState.Added)).ToHashSet();
            gone.AddRange(keys.Where(k => k.Gone));
            if (keys.Count > 0)
            {
                Record(db, keys);
                await db.SaveChangesAsync(cancellationToken);
            }

            if (p.Transaction is { } transaction)
            {
                await transaction.CommitAsync(cancellationToken);
                await transaction.DisposeAsync();
            }
        }

        foreach (var key in gone)
        {
            index.RemoveNow(key.Kind, key.Id);
        }

        if (db.Database.CurrentTransaction is null)
        {
            signal.Notify();
        }
        else
        {
            awaitingCommit.AddOrUpdate(db, db);
        }

        return result;
    }

    public void TransactionCommitted(System.Data.Common.DbTransaction transaction, TransactionEndEventData eventData) => Committed(eventData.Context);

    public Task TransactionCommittedAsync(System.Data.Common.DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Committed(eventData.Context);
        return Task.CompletedTask;
    }

    private void Committed(DbContext? db)
    {
        if (db is not null && awaitingCommit.Remove(db))
        {
            signal.Notify();
        }
    }

    public override async Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } db && pending.TryGetValue(db, out var p))
        {
            pending.Remove(db);
            if (p.Transaction is { } transaction)
            {
                await transaction.RollbackAsync(cancellationToken);
                await transaction.DisposeAsync();
            }
        }
    }

    private void Record(DbContext db, IEnumerable<SearchChangeKey> keys)
    {
        var now = clock.GetUtcNow();
        foreach (var key in keys.Select(k => (k.Kind, k.Id)).Distinct())
        {
            db.Add(new SearchChange { SourceKind = key.Kind, ItemId = key.Id, At = now });
        }
    }

    private sealed record Pending(List<(EntityEntry Entry, ISearchSource Source)> Added, List<SearchChangeKey> Gone, IDbContextTransaction? Transaction);
}
