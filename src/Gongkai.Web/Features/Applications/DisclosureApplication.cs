using Gongkai.Domain.Applications;
using Gongkai.Web.Shared.Privacy;

namespace Gongkai.Web.Features.Applications;

/// <summary>A disclosure application (政府信息公开申请). Never public. The identity number, phone,
/// address and e-mail are stored only encrypted (<see cref="PersonalDataProtector"/>), with a blind
/// index for exact-match lookup of the first two. The clock fields (Stage … LitigationResult) are
/// recomputed from <see cref="ApplicationEventRecord"/>s on every change and kept here, plain and
/// indexed, for the queues and the annual report.</summary>
public sealed class DisclosureApplication
{
    public int Id { get; set; }

    public int OrganizationId { get; set; }

    public required string TrackingCode { get; set; }

    public required string QueryPasswordHash { get; set; }

    /// <summary>The annual report's applicant column; stored as its <see cref="ApplicantKinds"/> code.</summary>
    public required ApplicantKind ApplicantKind { get; set; }

    public required string ApplicantName { get; set; }

    /// <summary>The identity proof offered (身份证明), e.g. 居民身份证 or 营业执照; the number itself is encrypted.</summary>
    public string? IdentityProof { get; set; }

    public string? IdNumberCipher { get; set; }

    public string? IdNumberIndex { get; set; }

    /// <summary>Set when staff registered a paper application whose identity number fails the check digit.</summary>
    public string? IdNumberWarning { get; set; }

    public string? PhoneCipher { get; set; }

    public string? PhoneIndex { get; set; }

    public string? AddressCipher { get; set; }

    public string? EmailCipher { get; set; }

    public required string InformationTitle { get; set; }

    public string? DocumentNumber { get; set; }

    public required string Description { get; set; }

    /// <summary>paper / electronic / viewing (Art. 29(三)).</summary>
    public required string FormWanted { get; set; }

    /// <summary>How the applicant wants to receive it: mail / email / pickup / online.</summary>
    public required string Delivery { get; set; }

    /// <summary>How it came in (decides the receipt date, Art. 31); stored as its <see cref="ApplicationChannels"/> code.</summary>
    public required ApplicationChannel Channel { get; set; }

    /// <summary>Null for an online application until the organ confirms receipt (Art. 31(三)).</summary>
    public DateOnly? ReceivedOn { get; set; }

    /// <summary>The Art. 31 evidence of the receipt date (签收单号, 确认电话记录 …).</summary>
    public string? ReceiptEvidence { get; set; }

    public DateTimeOffset SubmittedAt { get; set; }

    public string? RegisteredBy { get; set; }

    /// <summary>SHA-256 of the normalised content, channel and receipt date, for double-submission detection.</summary>
    public required string SubmissionKey { get; set; }

    /// <summary>Stored as its <see cref="ApplicationStages"/> code.</summary>
    public required ApplicationStage Stage { get; set; }

    public bool IsOpen { get; set; } = true;

    public DateOnly? DueOn { get; set; }

    public string? Outcome { get; set; }

    public DateOnly? RepliedOn { get; set; }

    public DateOnly? ArchivedOn { get; set; }

    public string? ReconsiderationResult { get; set; }

    public string? LitigationResult { get; set; }

    public bool LitigationAfterReconsideration { get; set; }

    /// <summary>The draft publication opened from this case under Art. 44 (转为主动公开), if any.</summary>
    public int? ProactivePublicationId { get; set; }

    public Guid Version { get; set; } = Guid.NewGuid();

    public List<ApplicationEventRecord> Events { get; set; } = [];
}
