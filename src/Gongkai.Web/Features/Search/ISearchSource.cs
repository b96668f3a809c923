using Gongkai.Web.Data;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Gongkai.Web.Features.Search;

/// <summary>One kind of public item that search covers (publications, organs; later service guides,
/// letters...). A feature plugs in by registering one implementation; search code does not change.</summary>
public interface ISearchSource
{
    /// <summary>The feed's name for this source's items, e.g. "publication".</summary>
    string Kind { get; }

    /// <summary>Whether a saved entity of this type can affect this source's items.</summary>
    bool Watches(object entity);

    /// <summary>The items a saved entity change touches (called after the save for added entities,
    /// so that their keys are known).</summary>
    IEnumerable<SearchChangeKey> ChangesFor(EntityEntry entry, Microsoft.EntityFrameworkCore.EntityState state);

    /// <summary>The current public documents for the changed keys (any source's kind may appear, e.g.
    /// an organ rename touches its publications). Keys of this source's kind that are not returned
    /// are removed from the index.</summary>
    Task<IReadOnlyList<SearchDocument>> LoadAsync(GongkaiDbContext db, IReadOnlyCollection<SearchChangeKey> changes, CancellationToken ct);

    /// <summary>Every public document, in batches, for a rebuild.</summary>
    IAsyncEnumerable<IReadOnlyList<SearchDocument>> AllAsync(GongkaiDbContext db, CancellationToken ct);
}
