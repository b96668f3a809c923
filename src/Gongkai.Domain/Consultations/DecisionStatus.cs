namespace Gongkai.Domain.Consultations;

/// <summary>Where a 重大行政决策事项 stands in its yearly catalogue (目录), in the order of the
/// procedure of 《重大行政决策程序暂行条例》: drafted, put to the public, deliberated, decided,
/// and the result made public.</summary>
public enum DecisionStatus
{
    /// <summary>起草.</summary>
    Drafting,

    /// <summary>征求意见.</summary>
    Consulting,

    /// <summary>审议.</summary>
    Deliberating,

    /// <summary>已决策.</summary>
    Decided,

    /// <summary>已公开结果.</summary>
    ResultPublished,
}

public static class DecisionStatuses
{
    public static string Name(DecisionStatus status) => status switch
    {
        DecisionStatus.Drafting => "起草",
        DecisionStatus.Consulting => "征求意见",
        DecisionStatus.Deliberating => "审议",
        DecisionStatus.Decided => "已决策",
        DecisionStatus.ResultPublished => "已公开结果",
        _ => status.ToString(),
    };

    public static string Code(DecisionStatus status) => status switch
    {
        DecisionStatus.Drafting => "drafting",
        DecisionStatus.Consulting => "consulting",
        DecisionStatus.Deliberating => "deliberating",
        DecisionStatus.Decided => "decided",
        DecisionStatus.ResultPublished => "resultPublished",
        _ => status.ToString(),
    };

    /// <summary>Accepts the API code or the Chinese name.</summary>
    public static DecisionStatus? Parse(string? text)
    {
        var t = text?.Trim();
        foreach (var s in Enum.GetValues<DecisionStatus>())
        {
            if (string.Equals(t, Code(s), StringComparison.OrdinalIgnoreCase) || t == Name(s))
            {
                return s;
            }
        }

        return null;
    }
}
