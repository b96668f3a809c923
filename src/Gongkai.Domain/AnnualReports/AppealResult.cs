namespace Gongkai.Domain.AnnualReports;

/// <summary>Result of a reconsideration or lawsuit, as table 四 counts it.</summary>
public enum AppealResult
{
    /// <summary>结果维持.</summary>
    Upheld,

    /// <summary>结果纠正.</summary>
    Corrected,

    /// <summary>其他结果.</summary>
    Other,

    /// <summary>尚未审结.</summary>
    Pending,
}
