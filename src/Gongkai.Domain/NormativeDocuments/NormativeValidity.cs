namespace Gongkai.Domain.NormativeDocuments;

/// <summary>有效性 of a normative document: 有效, 已修改 (still in force, as amended), 已废止, 失效.</summary>
public enum NormativeValidity
{
    Valid,
    Amended,
    Repealed,
    Expired,
}
