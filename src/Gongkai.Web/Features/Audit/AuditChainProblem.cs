namespace Gongkai.Web.Features.Audit;

/// <summary>Why the audit chain is broken at a sequence number.</summary>
public enum AuditChainProblem
{
    /// <summary>The row's stored hash is not the HMAC of its fields: a field was changed.</summary>
    HashMismatch,

    /// <summary>The row does not link to the hash of the row before it.</summary>
    BrokenLink,

    /// <summary>A sequence number is missing: a row was deleted (or moved).</summary>
    Gap,

    /// <summary>The oldest rows are gone but no recorded retention purge explains where the chain now starts.</summary>
    UnrecordedTruncation,
}
