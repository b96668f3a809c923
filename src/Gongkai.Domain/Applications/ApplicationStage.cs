namespace Gongkai.Domain.Applications;

/// <summary>Where a case stands in the Art. 45 procedure (登记、审核、办理、答复、归档).</summary>
public enum ApplicationStage
{
    Handling,
    AwaitingCorrection,
    Paused,
    Replied,
    Archived,

    /// <summary>An online application the organ has not yet confirmed as received (Art. 31(三)):
    /// no clock runs until it does. Never produced by <see cref="CaseClock"/>, which starts at receipt.</summary>
    AwaitingConfirmation,
}
