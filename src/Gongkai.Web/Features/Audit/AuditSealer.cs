using Gongkai.Domain.Audit;
using Gongkai.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Audit;

/// <summary>Links new audit rows into the hash chain and saves them in the same transaction as the
/// business change they describe, so a failed audit write rolls the change back (8.1.4.3 d).</summary>
public sealed class AuditSealer(AuditKey key)
{
    // One writer at a time on this node; on PostgreSQL an advisory lock extends that to every node.
    private readonly SemaphoreSlim gate = new(1, 1);

    public async Task<int> SaveSealedAsync(GongkaiDbContext db, IReadOnlyList<AuditEntry> added, Func<Task<int>> save, CancellationToken ct)
    {
        await gate.WaitAsync(ct);
        try
        {
            var owned = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionRetryingAsync(ct) : null;
            try
            {
                if (db.IsPostgres)
                {
                    await db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_xact_lock(7710001)", ct);
                }

                var last = await db.Set<AuditEntry>().AsNoTracking().OrderByDescending(e => e.Sequence)
                    .Select(e => new { e.Sequence, e.Hash }).FirstOrDefaultAsync(ct);
                var sequence = last?.Sequence ?? 0;
                var previous = last?.Hash ?? AuditChain.Genesis;
                foreach (var entry in added)
                {
                    entry.Sequence = ++sequence;
                    entry.PreviousHash = previous;
                    entry.Hash = AuditChain.Hash(key.Bytes, previous, entry.HashedFields());
                    previous = entry.Hash;
                }

                var count = await save();
                if (owned is not null)
                {
                    await owned.CommitAsync(ct);
                }

                return count;
            }
            finally
            {
                if (owned is not null)
                {
                    await owned.DisposeAsync();
                }
            }
        }
        finally
        {
            gate.Release();
        }
    }
}
