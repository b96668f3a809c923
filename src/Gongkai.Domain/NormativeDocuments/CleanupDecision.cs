namespace Gongkai.Domain.NormativeDocuments;

/// <summary>清理 result for one document: 继续有效, 修改, 废止, 宣布失效.</summary>
public enum CleanupDecision
{
    Continue,
    Amend,
    Repeal,
    Expire,
}
