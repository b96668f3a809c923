using Gongkai.Web.Data;
using Gongkai.Web.Shared;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Options;

namespace Gongkai.Web.Features.Identity;

/// <summary>Password history. Every save that gives an account a password
/// hash — creation, change, reset, temporary password — also records that hash, whichever page or
/// API did it, and keeps only the last <see cref="SecurityOptions.PasswordHistoryCount"/>;
/// <see cref="GongkaiPasswordValidator"/> refuses a new password that matches one of them.</summary>
public sealed class PasswordHistory(IOptions<GongkaiOptions> options, TimeProvider clock) : SaveChangesInterceptor
{
    public int Count => Math.Max(1, options.Value.Security.PasswordHistoryCount);

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        if (eventData.Context is GongkaiDbContext db)
        {
            await RecordAsync(db, cancellationToken);
        }

        return result;
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is GongkaiDbContext db)
        {
            RecordAsync(db, CancellationToken.None).GetAwaiter().GetResult();
        }

        return result;
    }

    /// <summary>The hashes a new password is compared with, newest first.</summary>
    public Task<List<string>> RecentHashesAsync(GongkaiDbContext db, Guid userId, CancellationToken ct = default) =>
        db.Set<PasswordHistoryEntry>().AsNoTracking().Where(h => h.UserId == userId)
            .OrderByDescending(h => h.Id).Take(Count).Select(h => h.PasswordHash).ToListAsync(ct);

    private async Task RecordAsync(GongkaiDbContext db, CancellationToken ct)
    {
        var changed = db.ChangeTracker.Entries<StaffUser>()
            .Where(e => e.Entity.PasswordHash is not null
                && (e.State == EntityState.Added || (e.State == EntityState.Modified && e.Property(u => u.PasswordHash).IsModified)))
            .Select(e => e.Entity).ToList();
        foreach (var user in changed)
        {
            // Identity's UpdateAsync marks every column modified on any change (a sign-in, a TOTP
            // step): only a hash that differs from the newest recorded one is a new password.
            var newest = await db.Set<PasswordHistoryEntry>().Where(h => h.UserId == user.Id)
                .OrderByDescending(h => h.Id).Select(h => h.PasswordHash).FirstOrDefaultAsync(ct);
            if (newest == user.PasswordHash)
            {
                continue;
            }

            db.Add(new PasswordHistoryEntry { UserId = user.Id, PasswordHash = user.PasswordHash!, SetAt = clock.GetUtcNow() });
            var older = await db.Set<PasswordHistoryEntry>().Where(h => h.UserId == user.Id)
                .OrderByDescending(h => h.Id).Skip(Count - 1).ToListAsync(ct);
            db.RemoveRange(older);
        }
    }
}
