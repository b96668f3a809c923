using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Gongkai.Domain.Audit;
using Gongkai.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Audit;

/// <summary>Recomputes the audit hash chain (GB/T 22239 8.1.4.3 c, 8.1.4.7): every row's HMAC, its
/// link to the previous row and the continuity of sequence numbers. Rows are read in batches, so
/// the check runs in constant memory however long the log is.</summary>
public sealed class AuditChainVerifier(GongkaiDbContext db, AuditKey key, AuditTrail trail)
{
    public const int BatchSize = 500;

    /// <summary>A verification an audit administrator asked for (the page or the API): the run and
    /// its outcome are themselves audited.</summary>
    public async Task<AuditChainReport> VerifyOnRequestAsync(CancellationToken ct)
    {
        var report = await VerifyAsync(ct);
        trail.Record(AuditEvents.Verified, success: report.Ok, targetType: nameof(AuditEntry),
            targetId: report.BrokenAt?.ToString(CultureInfo.InvariantCulture), detail: report.Message);
        await db.SaveChangesAsync(ct);
        return report;
    }

    public async Task<AuditChainReport> VerifyAsync(CancellationToken ct = default)
    {
        long count = 0;
        long? first = null;
        long expected = 0;
        var previous = "";
        var after = long.MinValue;
        while (true)
        {
            // Keyset paging on the unique Sequence index: each batch is one cheap index range scan.
            var batch = await db.Set<AuditEntry>().AsNoTracking()
                .Where(e => e.Sequence > after).OrderBy(e => e.Sequence).Take(BatchSize).ToListAsync(ct);
            if (batch.Count == 0)
            {
                break;
            }

            foreach (var entry in batch)
            {
                if (first is null)
                {
                    first = entry.Sequence;
                    if (await AnchorProblemAsync(entry, ct) is { } problem)
                    {
                        return new AuditChainReport(count, first, null, entry.Sequence, problem);
                    }
                }
                else if (entry.Sequence != expected)
                {
                    return new AuditChainReport(count, first, expected - 1, expected, AuditChainProblem.Gap);
                }
                else if (entry.PreviousHash != previous)
                {
                    return new AuditChainReport(count, first, expected - 1, entry.Sequence, AuditChainProblem.BrokenLink);
                }

                var hash = AuditChain.Hash(key.Bytes, entry.PreviousHash, entry.HashedFields());
                if (!CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(hash), Encoding.ASCII.GetBytes(entry.Hash)))
                {
                    return new AuditChainReport(count, first, entry.Sequence - 1, entry.Sequence, AuditChainProblem.HashMismatch);
                }

                previous = entry.Hash;
                expected = entry.Sequence + 1;
                count++;
            }

            after = batch[^1].Sequence;
        }

        return new AuditChainReport(count, first, first is null ? null : expected - 1, null, null);
    }

    /// <summary>Where the chain starts. Row 1 links to the genesis value. After a retention purge
    /// the first remaining row's PreviousHash is the anchor; it is trusted only if a recorded purge
    /// names that row and anchor, so deleting the oldest rows by hand does not pass unnoticed.</summary>
    private async Task<AuditChainProblem?> AnchorProblemAsync(AuditEntry head, CancellationToken ct)
    {
        if (head.Sequence == 1)
        {
            return head.PreviousHash == AuditChain.Genesis ? null : AuditChainProblem.BrokenLink;
        }

        var target = head.Sequence.ToString(CultureInfo.InvariantCulture);
        var records = await db.Set<AuditEntry>().AsNoTracking()
            .Where(e => e.EventType == AuditEvents.Purged && e.Success && e.TargetType == AuditRetention.PurgeTargetType && e.TargetId == target)
            .Select(e => e.After).ToListAsync(ct);
        return records.Any(after => AnchorOf(after) == head.PreviousHash) ? null : AuditChainProblem.UnrecordedTruncation;
    }

    private static string? AnchorOf(string? json)
    {
        if (string.IsNullOrEmpty(json))
        {
            return null;
        }

        try
        {
            using var doc = JsonDocument.Parse(json);
            return doc.RootElement.TryGetProperty("anchor", out var anchor) ? anchor.GetString() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
