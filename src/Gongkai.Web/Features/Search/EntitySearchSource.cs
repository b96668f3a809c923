using System.Runtime.CompilerServices;
using Gongkai.Web.Data;
using Gongkai.Web.Features.Organizations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Gongkai.Web.Features.Search;

/// <summary>A search source whose items are the rows of one entity with an <c>int Id</c> (a service
/// guide, a letter, a power item…). It does the bookkeeping every such source shares — a saved row
/// becomes a change key, changed keys are loaded, a rebuild pages through the rows by id — so that a
/// feature only says which rows may be public and how a row reads as a search document.</summary>
public abstract class EntitySearchSource<TEntity> : ISearchSource
    where TEntity : class
{
    public abstract string Kind { get; }

    /// <summary>Rows loaded per batch of a rebuild.</summary>
    protected virtual int BatchSize => 1000;

    /// <summary>When set, renaming an organ reindexes its rows, because their documents show the
    /// organ's name. Changes by organ travel as negative keys (<c>-organizationId</c>).</summary>
    protected virtual bool ShowsOrganName => false;

    public virtual bool Watches(object entity) => entity is TEntity || (ShowsOrganName && entity is Organization);

    public virtual IEnumerable<SearchChangeKey> ChangesFor(EntityEntry entry, EntityState state)
    {
        switch (entry.Entity)
        {
            case TEntity:
                yield return new SearchChangeKey(Kind, IdOf(entry), Gone: state == EntityState.Deleted);
                break;
            case Organization o when ShowsOrganName && state == EntityState.Modified && entry.Property(nameof(Organization.Name)).IsModified:
                yield return new SearchChangeKey(Kind, -o.Id);
                break;
        }
    }

    /// <summary>The rows a rebuild reads (e.g. only published decisions); rows left out of both this
    /// and <see cref="ToDocumentsAsync"/> are removed from the index.</summary>
    protected virtual IQueryable<TEntity> Candidates(IQueryable<TEntity> rows) => rows;

    /// <summary>The public documents among <paramref name="rows"/>; a row that is not public is left out.</summary>
    protected abstract Task<List<SearchDocument>> ToDocumentsAsync(GongkaiDbContext db, IQueryable<TEntity> rows, CancellationToken ct);

    public async Task<IReadOnlyList<SearchDocument>> LoadAsync(GongkaiDbContext db, IReadOnlyCollection<SearchChangeKey> changes, CancellationToken ct)
    {
        var keys = changes.Where(c => c.Kind == Kind).Select(c => c.Id).Distinct().ToList();
        if (keys.Count == 0)
        {
            return [];
        }

        var ids = keys.Where(k => k > 0).ToList();
        var organs = keys.Where(k => k < 0).Select(k => -k).ToList();
        var rows = organs.Count == 0
            ? db.Set<TEntity>().Where(e => ids.Contains(EF.Property<int>(e, "Id")))
            : db.Set<TEntity>().Where(e => ids.Contains(EF.Property<int>(e, "Id")) || organs.Contains(EF.Property<int>(e, nameof(Organization) + "Id")));
        return await ToDocumentsAsync(db, rows, ct);
    }

    public async IAsyncEnumerable<IReadOnlyList<SearchDocument>> AllAsync(GongkaiDbContext db, [EnumeratorCancellation] CancellationToken ct)
    {
        for (var after = 0; ;)
        {
            var from = after;
            var ids = await Candidates(db.Set<TEntity>()).Where(e => EF.Property<int>(e, "Id") > from)
                .OrderBy(e => EF.Property<int>(e, "Id")).Select(e => EF.Property<int>(e, "Id")).Take(BatchSize).ToListAsync(ct);
            if (ids.Count == 0)
            {
                yield break;
            }

            yield return await ToDocumentsAsync(db, db.Set<TEntity>().Where(e => ids.Contains(EF.Property<int>(e, "Id"))), ct);
            after = ids[^1];
        }
    }

    private static int IdOf(EntityEntry entry) => (int)entry.Property("Id").CurrentValue!;
}
