namespace Gongkai.Domain.Mailbox;

/// <summary>Where a letter stands, derived from its events.</summary>
public enum LetterStage
{
    /// <summary>With the district office, to be routed or handled itself (待交办).</summary>
    AwaitingRouting,

    /// <summary>With the handling organ, not yet acknowledged (待签收).</summary>
    AwaitingSignOff,

    /// <summary>Acknowledged, being handled (办理中).</summary>
    Handling,

    /// <summary>Replied (已答复).</summary>
    Replied,

    /// <summary>Replied and published (已公开).</summary>
    Published,
}

public static class LetterStages
{
    public static string Name(LetterStage stage) => stage switch
    {
        LetterStage.AwaitingRouting => "待交办",
        LetterStage.AwaitingSignOff => "待签收",
        LetterStage.Handling => "办理中",
        LetterStage.Replied => "已答复",
        _ => "已公开",
    };
}
