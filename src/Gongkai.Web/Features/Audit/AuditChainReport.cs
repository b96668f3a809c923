namespace Gongkai.Web.Features.Audit;

/// <summary>The outcome of <see cref="AuditChainVerifier"/>: intact with the number of rows checked,
/// or the first broken sequence number and why.</summary>
public sealed record AuditChainReport(long Count, long? FirstSequence, long? LastSequence, long? BrokenAt, AuditChainProblem? Problem)
{
    public bool Ok => Problem is null;

    /// <summary>A Chinese sentence for the audit administrator.</summary>
    public string Message => Problem switch
    {
        null when Count == 0 => "审计日志为空，无需校验。",
        null => $"校验通过：共 {Count} 条记录（序号 {FirstSequence}–{LastSequence}），哈希链完整。",
        AuditChainProblem.HashMismatch => $"校验失败：序号 {BrokenAt} 的记录内容与其哈希不符，记录可能被篡改。",
        AuditChainProblem.BrokenLink => $"校验失败：序号 {BrokenAt} 的记录未链接到前一条记录的哈希，记录可能被篡改、删除或调换。",
        AuditChainProblem.Gap => $"校验失败：序号 {BrokenAt} 的记录缺失，记录可能被删除。",
        AuditChainProblem.UnrecordedTruncation => $"校验失败：序号 {BrokenAt} 之前的记录缺失，且没有相应的保留期清理记录。",
        _ => "校验失败。",
    };
}
