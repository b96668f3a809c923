namespace Gongkai.Domain.AnnualReports;

/// <summary>The three groups of table 四.</summary>
public enum AppealKind
{
    /// <summary>行政复议.</summary>
    Reconsideration,

    /// <summary>行政诉讼 · 未经复议直接起诉.</summary>
    DirectSuit,

    /// <summary>行政诉讼 · 复议后起诉.</summary>
    SuitAfterReconsideration,
}
