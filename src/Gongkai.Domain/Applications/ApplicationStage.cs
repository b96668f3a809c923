namespace Gongkai.Domain.Applications;

/// <summary>Where a case stands in the Art. 45 procedure (登记、审核、办理、答复、归档).</summary>
public enum ApplicationStage
{
    Handling,
    AwaitingCorrection,
    Paused,
    Replied,
    Archived,
}
