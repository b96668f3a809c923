using System.Globalization;
using Gongkai.Web.Data;
using Gongkai.Web.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Gongkai.Web.Features.Audit;

/// <summary>How long audit rows are kept, and the purge of older ones. The law's floor is 180 days
/// (Cybersecurity Law Art. 21(3)); it is enforced here, in the purge, and again by the database
/// trigger, so a misconfigured setting can never delete a young row.</summary>
public sealed class AuditRetention(GongkaiDbContext db, AuditTrail trail, TimeProvider clock, IOptions<GongkaiOptions> options)
{
    public const string PurgeTargetType = "AuditEntry";

    public const int MaxDays = 36_500;

    /// <summary>Distinguishes this job's PostgreSQL lock from the sealer's (7710001).</summary>
    private const long PurgeLockKey = 7710002;

    public static string FloorMessage => $"审计日志保留期不得少于 {AuditTriggers.FloorDays} 天（《网络安全法》第二十一条要求网络日志留存不少于六个月）。";

    public int DefaultDays => Math.Max(options.Value.Security.AuditRetentionDays, AuditTriggers.FloorDays);

    public async Task<AuditSettings?> StoredAsync(CancellationToken ct = default) =>
        await db.Set<AuditSettings>().AsNoTracking().SingleOrDefaultAsync(s => s.Id == AuditSettings.SingletonId, ct);

    /// <summary>The retention in force: the stored setting, else the configured default.</summary>
    public async Task<int> RetentionDaysAsync(CancellationToken ct = default) =>
        (await StoredAsync(ct))?.RetentionDays ?? DefaultDays;

    /// <summary>Sets the retention. Returns a Chinese error, or null when saved. Refusals are audited
    /// as well, because an attempt to shorten retention below the floor is itself a security event.</summary>
    public async Task<string?> SetRetentionDaysAsync(int days, CancellationToken ct = default)
    {
        var before = await RetentionDaysAsync(ct);
        var error = days < AuditTriggers.FloorDays ? FloorMessage
            : days > MaxDays ? $"保留期不得超过 {MaxDays} 天。"
            : null;
        if (error is not null)
        {
            trail.Record(AuditEvents.RetentionChanged, success: false, targetType: nameof(AuditSettings), targetId: "retention",
                before: new { retentionDays = before }, after: new { retentionDays = days }, detail: error);
            await db.SaveChangesAsync(ct);
            return error;
        }

        var settings = await db.Set<AuditSettings>().SingleOrDefaultAsync(s => s.Id == AuditSettings.SingletonId, ct);
        if (settings is null)
        {
            settings = new AuditSettings();
            db.Add(settings);
        }

        var entry = trail.Record(AuditEvents.RetentionChanged, targetType: nameof(AuditSettings), targetId: "retention",
            before: new { retentionDays = before }, after: new { retentionDays = days });
        settings.RetentionDays = days;
        settings.UpdatedAt = entry.At;
        settings.UpdatedBy = entry.UserName;

        // The setting and its audit row commit together (AuditSealer).
        await db.SaveChangesAsync(ct);
        return null;
    }

    /// <summary>Deletes the oldest rows of the chain that are past retention and, when it deleted any, records the purge
    /// (count, first kept row and its anchor hash) in the same transaction, so the verifier can
    /// trust the new start of the chain. Only a contiguous head of the chain is deleted, so the
    /// remaining rows still verify.</summary>
    public async Task<AuditPurgeResult> PurgeAsync(CancellationToken ct = default)
    {
        var days = Math.Max(await RetentionDaysAsync(ct), AuditTriggers.FloorDays);
        var now = clock.GetUtcNow();
        var cutoff = now.AddDays(-days);

        // The trigger judges age by the database's clock. A day's margin at the floor keeps a small
        // skew between the application's and the database's clocks from aborting the whole purge.
        var floorCutoff = now.AddDays(-(AuditTriggers.FloorDays + 1));
        if (cutoff > floorCutoff)
        {
            cutoff = floorCutoff;
        }

        var strategy = db.Database.CreateExecutionStrategy();
        try
        {
            return await strategy.ExecuteAsync(async () =>
            {
                await using var tx = await db.Database.BeginTransactionAsync(ct);
                if (db.IsPostgres && !await db.Database.SqlQueryRaw<bool>($"SELECT pg_try_advisory_xact_lock({PurgeLockKey}) AS \"Value\"").SingleAsync(ct))
                {
                    // Another node is purging right now; one run per day is enough.
                    return new AuditPurgeResult(0, 0, cutoff, days, Skipped: true);
                }

                var entries = db.Set<AuditEntry>();
                var firstKept = await entries.Where(e => e.At >= cutoff).OrderBy(e => e.Sequence).Select(e => (long?)e.Sequence).FirstOrDefaultAsync(ct)
                    ?? (await entries.MaxAsync(e => (long?)e.Sequence, ct) ?? 0) + 1;
                var purged = await entries.CountAsync(e => e.Sequence < firstKept, ct);
                if (purged == 0)
                {
                    // Nothing to delete: no audit row, so a day's quiet run does not add noise to the
                    // log (the job logs it). The last recorded purge still anchors the chain.
                    return new AuditPurgeResult(0, firstKept, cutoff, days);
                }

                // The anchor is the hash the first kept row links to: the last purged row's hash.
                var anchor = await entries.Where(e => e.Sequence < firstKept).OrderByDescending(e => e.Sequence).Select(e => e.Hash).FirstAsync(ct);

                trail.Record(AuditEvents.Purged, targetType: PurgeTargetType, targetId: firstKept.ToString(CultureInfo.InvariantCulture),
                    after: new
                    {
                        purged,
                        firstKeptSequence = firstKept,
                        anchor,
                        cutoff = cutoff.UtcDateTime.ToString("O", CultureInfo.InvariantCulture),
                        retentionDays = days,
                    },
                    detail: $"清理超过保留期（{days} 天）的审计记录 {purged} 条", userName: "system");
                await db.SaveChangesAsync(ct);

                var deleted = await entries.Where(e => e.Sequence < firstKept).ExecuteDeleteAsync(ct);
                if (deleted != purged)
                {
                    throw new InvalidOperationException($"审计清理删除了 {deleted} 条，预期 {purged} 条，已回滚。");
                }

                await tx.CommitAsync(ct);
                return new AuditPurgeResult(purged, firstKept, cutoff, days);
            });
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The purge rolled back as a whole; the failure itself is recorded.
            db.ChangeTracker.Clear();
            trail.Record(AuditEvents.Purged, success: false, targetType: PurgeTargetType, detail: $"审计清理失败：{ex.Message}", userName: "system");
            await db.SaveChangesAsync(ct);
            throw;
        }
    }
}
