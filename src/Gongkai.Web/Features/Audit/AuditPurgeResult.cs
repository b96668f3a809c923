namespace Gongkai.Web.Features.Audit;

/// <summary>What one retention run did: how many rows it removed, which row the chain now starts
/// at, and the cut-off it applied. <see cref="Skipped"/> when another node held the job lock.</summary>
public sealed record AuditPurgeResult(int Purged, long FirstKeptSequence, DateTimeOffset Cutoff, int RetentionDays, bool Skipped = false);
