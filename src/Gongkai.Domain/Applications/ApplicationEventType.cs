namespace Gongkai.Domain.Applications;

/// <summary>What can happen to an application; the clock is recomputed from these.</summary>
public enum ApplicationEventType
{
    Received,
    CorrectionRequested,
    CorrectionReceived,
    CorrectionLapsed,
    ThirdPartyConsultationStarted,
    ThirdPartyConsultationEnded,
    OrganConsultationStarted,
    OrganConsultationEnded,
    ExtensionApproved,
    ReplyDeferred,
    FeeNoticeSent,
    FeeNoticeReceived,
    FeePaid,
    FeeUnpaid,
    Replied,
    Archived,
    Reconsideration,
    Litigation,
}
